using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>
/// A second reviewer given a sample of the list's articles from the list page's form: the share of the articles under
/// the filter, picked in the order of their ids' SHA-256, leaving out those the reviewer decided on; the form needs the
/// page's token and this origin, and a share outside 1–100 is refused. Reviewers are named by a trusted proxy header.
/// </summary>
public sealed partial class SampleAssignmentHttpTests : IAsyncLifetime
{
    private const string Header = "X-Forwarded-User";
    private readonly TempDirectory _dir = new();
    private ReviewServer _server = null!;
    private string _token = "";

    private string Db => _dir.File("state.db");

    private static readonly string[] TrendIds = [.. Enumerable.Range(0, 8).Select(i => $"{i:x2}00000000000000trnd")];
    private static readonly string[] TassIds = ["aa00000000000000tass", "bb00000000000000tass"];

    public async Task InitializeAsync()
    {
        ReviewSample.Seed(Db, [.. TrendIds.Select(id => ReviewSample.Record(id)), .. TassIds.Select(id => ReviewSample.Record(id, source: "tass"))]);
        _server = await ReviewServer.StartAsync(Db, trustedReviewerHeader: Header);
        _token = CsrfMeta().Match(await GetAsync("/")).Groups[1].Value;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _dir.Dispose();
    }

    private async Task<string> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(Header, "ann");
        using var response = await _server.Client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> SampleAsync(string? token, string percent, string? origin = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("queue", "source=trend"), new("assignee", "bob"), new("percent", percent) };
        if (token is not null) fields.Add(new("csrf", token));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sample") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add(Header, "ann");
        if (origin is not null) request.Headers.Add("Origin", origin);
        return await _server.Client.SendAsync(request);
    }

    private static string Order(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));

    [Fact]
    public async Task A_share_of_the_filtered_articles_goes_to_the_second_reviewer_leaving_out_their_own()
    {
        Assert.Contains("Second opinions on a sample", await GetAsync("/"));
        var store = new SqliteReviewStore(Db);
        // Bob already decided on one trend article: he cannot give it a second opinion.
        store.Add(ReviewSample.Decision(ReviewActions.Accept, ReviewSample.Key("location", "China")) with { RecordId = TrendIds[3], Reviewer = "bob" });

        using var response = await SampleAsync(_token, "50");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?source=trend&sampled=4&of=7", response.Headers.Location?.OriginalString);

        var eligible = TrendIds.Where(id => id != TrendIds[3]).OrderBy(Order, StringComparer.Ordinal).ToList();
        var assignments = store.Assignments();
        Assert.All(assignments, a => Assert.Equal(("bob", ReviewRoles.Second, "ann"), (a.Reviewer, a.Role, a.AssignedBy)));
        Assert.Equal(eligible.Take(4).Order(StringComparer.Ordinal), assignments.Select(a => a.RecordId).Order(StringComparer.Ordinal));
        Assert.Contains("Second opinions assigned on 4 of 7 eligible articles.", await GetAsync("/?source=trend&sampled=4&of=7"));

        // Asked again, the articles he has are left out: half of the 3 left, rounded up.
        using var again = await SampleAsync(_token, "50");
        Assert.Equal("/?source=trend&sampled=2&of=3", again.Headers.Location?.OriginalString);
        Assert.Equal(6, store.Assignments().Count);
        Assert.DoesNotContain(store.Assignments(), a => TassIds.Contains(a.RecordId) || a.RecordId == TrendIds[3]);
    }

    [Fact]
    public async Task The_form_needs_the_page_token_this_origin_and_a_share_from_1_to_100()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await SampleAsync(null, "50")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SampleAsync("forged", "50")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SampleAsync(_token, "50", origin: "http://evil.example")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SampleAsync(_token, "0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SampleAsync(_token, "101")).StatusCode);
        Assert.Empty(new SqliteReviewStore(Db).Assignments());
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\">")]
    private static partial Regex CsrfMeta();
}
