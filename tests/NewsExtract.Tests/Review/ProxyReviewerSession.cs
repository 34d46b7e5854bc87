using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsExtract.Tests.Review;

/// <summary>
/// A review server over a state database whose reviewers are named by a trusted reverse-proxy header, with the page
/// token read once (as "ann", from the sample article): posts and pages as any named reviewer.
/// </summary>
public sealed partial class ProxyReviewerSession : IAsyncDisposable
{
    public const string Header = "X-Forwarded-User";

    private ProxyReviewerSession(ReviewServer server, string token)
    {
        Server = server;
        Token = token;
    }

    public ReviewServer Server { get; }

    public string Token { get; }

    /// <summary>A session on the SQLite state database <paramref name="db"/>, or on the PostgreSQL database <paramref name="postgresConnectionString"/> when given.</summary>
    public static async Task<ProxyReviewerSession> StartAsync(string? db, string? postgresConnectionString = null)
    {
        var server = await ReviewServer.StartAsync(db, trustedReviewerHeader: Header, postgresConnectionString: postgresConnectionString);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/articles/{ReviewSample.Id}");
        request.Headers.Add(Header, "ann");
        using var response = await server.Client.SendAsync(request);
        return new ProxyReviewerSession(server, CsrfMeta().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value);
    }

    /// <summary>The page at <paramref name="path"/> as <paramref name="reviewer"/> sees it.</summary>
    public async Task<string> PageAsync(string path, string reviewer = "ann")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(Header, reviewer);
        using var response = await Server.Client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts JSON to the sample article's <paramref name="route"/> as <paramref name="reviewer"/>, with the token; expects 200.</summary>
    public async Task PostAsync(string reviewer, string route, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/articles/{ReviewSample.Id}/{route}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-CSRF-Token", Token);
        request.Headers.Add(Header, reviewer);
        using var response = await Server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A decision on the sample article's revision 1, settling a disagreement when <paramref name="settles"/>.</summary>
    public Task DecideAsync(string reviewer, string action, string target, bool settles = false) =>
        PostAsync(reviewer, "decisions", $$"""{"revision":1,"action":"{{action}}","target":"{{target}}"{{(settles ? ",\"settles\":true" : "")}}}""");

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\">")]
    private static partial Regex CsrfMeta();
}
