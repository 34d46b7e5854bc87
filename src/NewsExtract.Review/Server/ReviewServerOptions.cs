using System.Net;

namespace NewsExtract.Review.Server;

/// <summary>
/// How the review server runs: where the review store is (the worker's SQLite state database, or the cluster's
/// PostgreSQL database when <see cref="PostgresConnectionString"/> is set), the address and port to listen on (loopback by default),
/// the reviewer name decisions are saved under, and the API key that guards it when it listens beyond loopback.
/// </summary>
public sealed record ReviewServerOptions
{
    /// <summary>The worker's SQLite state database (one machine); unused when <see cref="PostgresConnectionString"/> is set.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>The cluster's PostgreSQL database (cluster mode: <c>NewsExtract:Store</c> = postgres); null: SQLite.</summary>
    public string? PostgresConnectionString { get; init; }
    public string Address { get; init; } = "127.0.0.1";
    /// <summary>The port; 0 picks a free one (read it back from the started app's URLs).</summary>
    public int Port { get; init; } = 5170;
    public string Reviewer { get; init; } = Environment.UserName is { Length: > 0 } user ? user : "reviewer";
    public string? ApiKey { get; init; }

    /// <summary>
    /// Host names (Host header, without port) accepted besides the loopback names and the bound address, e.g. the
    /// machine's DNS name when listening beyond loopback. Any other Host header is refused (DNS rebinding).
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>
    /// A header set by a trusted reverse proxy (e.g. X-Forwarded-User) naming the signed-in reviewer; honoured only on
    /// requests from loopback, where the proxy runs. Null: no proxy.
    /// </summary>
    public string? TrustedReviewerHeader { get; init; }
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Folders of evaluation articles left out of the CoNLL training-data export (relative to the working directory).</summary>
    public IReadOnlyList<string> EvaluationSets { get; init; } = Export.EvaluationArticles.DefaultFolders;

    /// <summary>Opens the review store these options name (the caller disposes it).</summary>
    public Storage.Review.ReviewStorage OpenStorage() =>
        string.IsNullOrWhiteSpace(PostgresConnectionString)
            ? Storage.Review.ReviewStorage.Sqlite(DatabasePath!)
            : Storage.Review.ReviewStorage.Postgres(PostgresConnectionString);

    /// <summary>The address to bind; "localhost" means the IPv4 loopback.</summary>
    public IPAddress BindAddress =>
        string.Equals(Address, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(Address, out var ip) ? ip
        : throw new ArgumentException($"'{Address}' is not an IP address (use 127.0.0.1, ::1, 0.0.0.0 or a local address).");

    /// <summary>
    /// Every Host header value accepted: localhost, the loopback addresses, the bound address (for 0.0.0.0 or ::,
    /// the machine's name and its interface addresses) and <see cref="AllowedHosts"/>.
    /// </summary>
    public IReadOnlyList<string> AcceptedHostNames()
    {
        var names = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        var bind = BindAddress;
        IEnumerable<IPAddress> addresses = [bind];
        if (bind.Equals(IPAddress.Any) || bind.Equals(IPAddress.IPv6Any))
        {
            names.Add(Dns.GetHostName());
            addresses = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(i => i.GetIPProperties().UnicastAddresses.Select(a => a.Address));
        }
        foreach (var address in addresses)
        {
            if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) continue;
            var text = address.ToString();
            names.Add(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{text}]" : text);
        }
        names.AddRange(AllowedHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()));
        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Throws with a message a user can act on when the settings cannot work or are unsafe.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DatabasePath) && string.IsNullOrWhiteSpace(PostgresConnectionString))
            throw new ArgumentException("The review server needs the state database path (--db) or, in cluster mode, the PostgreSQL connection string.");
        if (Port is < 0 or > 65535)
            throw new ArgumentException($"The port {Port} is outside 0–65535.");
        if (string.IsNullOrWhiteSpace(Reviewer))
            throw new ArgumentException("The reviewer name is empty (--reviewer).");
        if (!IPAddress.IsLoopback(BindAddress) && string.IsNullOrEmpty(ApiKey))
            throw new ArgumentException(
                $"Listening on {Address} makes the review page reachable from other machines; give an API key (--api-key) to guard it.");
        if (ApiKey is { Length: > 0 and < 12 })
            throw new ArgumentException("The API key is too short: use at least 12 characters.");
    }
}
