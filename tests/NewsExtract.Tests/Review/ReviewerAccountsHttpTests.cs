using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using NewsExtract.Core.Records;
using NewsExtract.Review.Reviewers;
using NewsExtract.Review.Server;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>
/// Reviewer accounts: secrets stored only as hashes, sign-in needed before any change, every decision signed with the
/// signed-in reviewer whatever the request claims, a trusted proxy header only when configured; and a completed review
/// queued once as the article's next revision, valid against the record schema.
/// </summary>
public sealed partial class ReviewerAccountsHttpTests : IAsyncLifetime
{
    private const string AnnSecret = "ann-long-secret-1";
    private const string BobSecret = "bob-long-secret-2";
    private readonly TempDirectory _dir = new();
    private ReviewServer _server = null!;

    private string Db => _dir.File("state.db");

    public async Task InitializeAsync()
    {
        ReviewSample.Seed(Db, ReviewSample.Record());
        var store = new SqliteReviewStore(Db);
        var accounts = new SqliteReviewAccounts(store.DatabasePath);
        accounts.Save("ann", ReviewerSecrets.Hash("ann", AnnSecret), DateTimeOffset.UtcNow);
        accounts.Save("bob", ReviewerSecrets.Hash("bob", BobSecret), DateTimeOffset.UtcNow);
        _server = await ReviewServer.StartAsync(Db, reviewer: "server-default");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _dir.Dispose();
    }

    private async Task<string> SignInAsync(string name, string secret, string? token = null)
    {
        token ??= FormToken().Match(await _server.Client.GetStringAsync("/signin")).Groups[1].Value;
        using var response = await _server.Client.PostAsync("/signin", new FormUrlEncodedContent([new("csrf", token), new("name", name), new("secret", secret)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        return cookie.Split(';')[0];
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string json, string? cookie, Action<HttpRequestMessage>? headers = null)
    {
        // The page token: from the article when signed in, else from the sign-in page (which every visitor can read).
        using var page = new HttpRequestMessage(HttpMethod.Get, $"/articles/{ReviewSample.Id}");
        if (cookie is not null) page.Headers.Add("Cookie", cookie);
        using var article = await _server.Client.SendAsync(page);
        var html = article.StatusCode == HttpStatusCode.OK ? await article.Content.ReadAsStringAsync() : await _server.Client.GetStringAsync("/signin");
        var token = CsrfMeta().Match(html).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CSRF-Token", token.Length > 0 ? token : "none");
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        headers?.Invoke(request);
        return await _server.Client.SendAsync(request);
    }

    [Fact]
    public void Secrets_are_stored_as_salted_hashes_only()
    {
        using var connection = new SqliteConnection($"Data Source={Db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, secret_hash FROM review_accounts ORDER BY name";
        using var reader = command.ExecuteReader();
        var hashes = new List<string>();
        while (reader.Read())
        {
            var hash = reader.GetString(1);
            Assert.DoesNotContain("secret", hash, StringComparison.OrdinalIgnoreCase);
            hashes.Add(hash);
        }
        Assert.Equal(2, hashes.Count);
        Assert.True(ReviewerSecrets.Verify("ann", hashes[0], AnnSecret));
        Assert.False(ReviewerSecrets.Verify("ann", hashes[0], BobSecret));
        Assert.NotEqual(ReviewerSecrets.Hash("ann", AnnSecret), ReviewerSecrets.Hash("ann", AnnSecret));
        Assert.Throws<ArgumentException>(() => ReviewerSecrets.Hash("ann", "short"));
    }

    [Fact]
    public async Task Nothing_changes_before_sign_in_and_a_wrong_secret_or_missing_form_token_is_refused()
    {
        using var page = await _server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin", page.Headers.Location?.OriginalString);
        using var anonymous = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions",
            $$"""{"revision":1,"action":"accept","target":"{{ReviewSample.Key("person", "Rauf Mammadov")}}"}""", cookie: null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var token = FormToken().Match(await _server.Client.GetStringAsync("/signin")).Groups[1].Value;
        using var wrong = await _server.Client.PostAsync("/signin", new FormUrlEncodedContent([new("csrf", token), new("name", "ann"), new("secret", BobSecret)]));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
        using var noToken = await _server.Client.PostAsync("/signin", new FormUrlEncodedContent([new("name", "ann"), new("secret", AnnSecret)]));
        Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent([new("csrf", token), new("name", "ann"), new("secret", AnnSecret)]),
        };
        crossSite.Headers.Add("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await _server.Client.SendAsync(crossSite)).StatusCode);
        Assert.Empty(new SqliteReviewStore(Db).History(ReviewSample.Id, 1));
    }

    [Fact]
    public async Task A_reviewer_cannot_sign_as_another_every_decision_carries_the_signed_in_name()
    {
        var ann = await SignInAsync("ann", AnnSecret);
        var target = ReviewSample.Key("person", "Rauf Mammadov");
        // The body and a forwarded-user header both claim bob; no trusted header is configured, so neither counts.
        using var claimed = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions",
            $$"""{"revision":1,"action":"accept","target":"{{target}}","reviewer":"bob"}""", ann, r => r.Headers.Add("X-Forwarded-User", "bob"));
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        using var bulk = await PostAsync($"/api/articles/{ReviewSample.Id}/bulk",
            $$"""{"revision":1,"action":"accept","scope":"type","target":"{{ReviewSample.Key("money", "$250 million")}}","reviewer":"bob"}""", ann);
        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        var decisions = new SqliteReviewStore(Db).Decisions(ReviewSample.Id, 1);
        Assert.Equal(4, decisions.Count);
        Assert.All(decisions, d => Assert.Equal("ann", d.Reviewer));

        // Bob's undo cannot take back Ann's decisions; a forged session cookie is nobody.
        var bob = await SignInAsync("bob", BobSecret);
        using var undo = await PostAsync($"/api/articles/{ReviewSample.Id}/undo", """{"revision":1}""", bob);
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(4, new SqliteReviewStore(Db).Decisions(ReviewSample.Id, 1).Count);
        using var forged = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions",
            $$"""{"revision":1,"action":"reject","target":"{{target}}"}""", $"{ReviewerSessions.CookieName}={new string('0', 64)}");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task A_trusted_proxy_header_names_the_reviewer_only_when_configured()
    {
        await using var proxied = await ReviewServer.StartAsync(Db, trustedReviewerHeader: "X-Forwarded-User");
        var token = CsrfMeta().Match(await proxied.Client.GetStringAsync($"/articles/{ReviewSample.Id}")).Groups[1].Value;
        async Task<HttpStatusCode> Post(string? user)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/articles/{ReviewSample.Id}/decisions")
            {
                Content = new StringContent($$"""{"revision":1,"action":"accept","target":"{{ReviewSample.Key("location", "China")}}"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-CSRF-Token", token);
            if (user is not null) request.Headers.Add("X-Forwarded-User", user);
            return (await proxied.Client.SendAsync(request)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(null));
        Assert.Equal(HttpStatusCode.OK, await Post("carol"));
        Assert.Equal("carol", Assert.Single(new SqliteReviewStore(Db).Decisions(ReviewSample.Id, 1)).Reviewer);
    }

    [Fact]
    public async Task Marking_reviewed_queues_the_reviewed_record_once_as_the_next_revision_in_the_public_schema()
    {
        var ann = await SignInAsync("ann", AnnSecret);
        using var reject = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions",
            $$"""{"revision":1,"action":"reject","target":"{{ReviewSample.Key("organization", "SOCAR")}}"}""", ann);
        using var complete = await PostAsync($"/api/articles/{ReviewSample.Id}/complete", """{"revision":1,"done":true,"pending":"accept"}""", ann);
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        using var reopen = await PostAsync($"/api/articles/{ReviewSample.Id}/complete", """{"revision":1,"done":false}""", ann);
        using var again = await PostAsync($"/api/articles/{ReviewSample.Id}/complete", """{"revision":1,"done":true}""", ann);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var store = new SqliteReviewStore(Db);
        Assert.Equal(2, store.PublishedRevision(ReviewSample.Id, 1));
        var queries = new SqliteRecordQueries(Db);
        var published = RecordSerializer.FromJson(RecordLine(2));
        Assert.Equal(2, published.Revision);
        Assert.Equal("reviewed", published.Review!.Status);
        Assert.Equal(["ann"], published.Review.Reviewers);
        Assert.DoesNotContain(published.Organizations.SelectMany(o => o.Mentions), m => m.Text == "SOCAR");
        RecordSchema.AssertValid(RecordLine(2));
        Assert.Null(RecordLineOrNull(3));
        // The review page keeps showing the models' revision (reviewed); the worker numbers the next extraction 3.
        Assert.Equal(1, queries.Find(ReviewSample.Id)!.Record.Revision);
        Assert.Equal(ReviewStatuses.Reviewed, Assert.Single(queries.List(new RecordFilter()).Items).Status);
        using var state = new NewsExtract.Storage.State.SqliteStateStore(Db);
        Assert.Equal(2, state.Find(ReviewSample.Id)!.Revision);
    }

    private string RecordLine(int revision) => RecordLineOrNull(revision) ?? throw new InvalidOperationException($"No revision {revision}.");

    private string? RecordLineOrNull(int revision)
    {
        using var connection = new SqliteConnection($"Data Source={Db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT line FROM records WHERE id = $id AND revision = $revision";
        command.Parameters.AddWithValue("$id", ReviewSample.Id);
        command.Parameters.AddWithValue("$revision", revision);
        return command.ExecuteScalar() as string;
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\">")]
    private static partial Regex CsrfMeta();

    [GeneratedRegex("name=\"csrf\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
