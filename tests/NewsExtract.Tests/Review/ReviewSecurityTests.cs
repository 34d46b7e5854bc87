using System.Net;
using System.Net.Sockets;
using System.Text;
using NewsExtract.Review.Security;
using NewsExtract.Review.Server;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>The review server refuses requests addressed to another host name (DNS rebinding) and slows down key guessing.</summary>
public sealed partial class ReviewSecurityTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("state.db");

    public ReviewSecurityTests() => ReviewSample.Seed(Db, ReviewSample.Record());

    public void Dispose() => _dir.Dispose();

    // A raw HTTP/1.1 GET with exactly the Host header given (HttpClient would derive it from the URL).
    private static async Task<string> RawGetAsync(Uri server, string host, string path = "/")
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task A_foreign_host_header_is_refused_and_loopback_names_are_served()
    {
        await using var server = await ReviewServer.StartAsync(Db);
        var port = server.BaseAddress.Port;

        var evil = await RawGetAsync(server.BaseAddress, "evil.example");
        Assert.StartsWith("HTTP/1.1 400", evil);
        Assert.DoesNotContain("csrf-token", evil);
        var evilWithPort = await RawGetAsync(server.BaseAddress, $"evil.example:{port}");
        Assert.StartsWith("HTTP/1.1 400", evilWithPort);

        foreach (var host in new[] { $"127.0.0.1:{port}", $"localhost:{port}", "localhost" })
            Assert.StartsWith("HTTP/1.1 200", await RawGetAsync(server.BaseAddress, host));
    }

    [Fact]
    public async Task A_configured_host_name_is_accepted()
    {
        var app = ReviewApp.Create(new ReviewServerOptions { DatabasePath = Db, Port = 0, Reviewer = "ann", AllowedHosts = ["review.newsroom.internal"] });
        await app.StartAsync();
        try
        {
            var address = new Uri(app.Urls.Single());
            Assert.StartsWith("HTTP/1.1 200", await RawGetAsync(address, "review.newsroom.internal"));
            Assert.StartsWith("HTTP/1.1 400", await RawGetAsync(address, "evil.example"));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Wrong_keys_are_throttled_per_client_even_before_the_right_one()
    {
        await using var server = await ReviewServer.StartAsync(Db, apiKey: "correct-horse-battery");
        var token = await LoginTokenAsync(server);
        for (int i = 0; i < LoginThrottle.AllowedFailures; i++)
        {
            using var wrong = await server.Client.PostAsync("/login", new FormUrlEncodedContent([new("csrf", token), new("key", $"guess-{i}")]));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using var blocked = await server.Client.PostAsync("/login", new FormUrlEncodedContent([new("csrf", token), new("key", "correct-horse-battery")]));
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.NotNull(blocked.Headers.RetryAfter);
        using var header = new HttpRequestMessage(HttpMethod.Get, "/");
        header.Headers.Add(ApiKeyGuard.HeaderName, "another-guess");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await server.Client.SendAsync(header)).StatusCode);
    }

    [Fact]
    public async Task Wrong_keys_in_the_header_count_too()
    {
        await using var server = await ReviewServer.StartAsync(Db, apiKey: "correct-horse-battery");
        for (int i = 0; i < LoginThrottle.AllowedFailures; i++)
        {
            using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/articles/x/reviewed");
            wrong.Headers.Add(ApiKeyGuard.HeaderName, $"guess-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(wrong)).StatusCode);
        }
        var token = await LoginTokenAsync(server);
        using var login = await server.Client.PostAsync("/login", new FormUrlEncodedContent([new("csrf", token), new("key", "correct-horse-battery")]));
        Assert.Equal(HttpStatusCode.TooManyRequests, login.StatusCode);
    }

    /// <summary>The login form's token (the page is served without the key).</summary>
    private static async Task<string> LoginTokenAsync(ReviewServer server) =>
        FormToken().Match(await server.Client.GetStringAsync("/login")).Groups[1].Value;

    [System.Text.RegularExpressions.GeneratedRegex("name=\"csrf\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex FormToken();
}
