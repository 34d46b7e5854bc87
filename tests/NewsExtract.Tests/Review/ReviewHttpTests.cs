using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Core.Records;
using NewsExtract.Review.Server;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

public sealed partial class ReviewHttpTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private ReviewServer _server = null!;

    private string Db => _dir.File("state.db");

    public async Task InitializeAsync()
    {
        ReviewSample.Seed(Db, ReviewSample.Record(), ReviewSample.Hostile());
        _server = await ReviewServer.StartAsync(Db);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _dir.Dispose();
    }

    private async Task<string> CsrfTokenAsync()
    {
        var page = await _server.Client.GetStringAsync($"/articles/{ReviewSample.Id}");
        return CsrfMeta().Match(page).Groups[1].Value;
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string json, string? token, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null) request.Headers.Add("X-CSRF-Token", token);
        if (origin is not null) request.Headers.Add("Origin", origin);
        return await _server.Client.SendAsync(request);
    }

    [Fact]
    public async Task The_list_shows_articles_with_status_and_filters()
    {
        var page = await _server.Client.GetStringAsync("/");
        Assert.Contains("Azerbaijan and China discuss trade", page);
        Assert.Contains("2 of 2 articles", page);
        Assert.Contains("○ Unreviewed", page);
        var filtered = await _server.Client.GetStringAsync("/?entity=Kamran&status=unreviewed");
        Assert.Contains("1–1 of 1 articles", filtered);
        Assert.DoesNotContain("discuss trade", filtered);
    }

    [Fact]
    public async Task Article_text_and_title_with_markup_are_inert_and_scripts_are_limited_by_policy()
    {
        using var response = await _server.Client.GetAsync($"/articles/{ReviewSample.HostileId}");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>document.title", page);
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<img src=x", page);
        Assert.Contains("&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;", page);
        Assert.Contains("&lt;img src=x onerror=", page);
        // Only the page's own script file, plus the JSON data block (escaped, not executable).
        Assert.Equal(["<script src=\"/assets/review.js\" defer>", "<script type=\"application/json\" id=\"annotations-data\">"],
            ScriptTag().Matches(page).Select(m => m.Value));
        Assert.DoesNotContain("</script>", AnnotationsBlock().Match(page).Groups[1].Value);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_article_view_highlights_every_extraction_with_label_and_tables()
    {
        var page = await _server.Client.GetStringAsync($"/articles/{ReviewSample.Id}");
        foreach (var label in new[] { "PER", "OFFICIAL", "ORG", "LOC", "MONEY", "PCT", "DATE", "EVENT · Meeting" })
            Assert.Contains($"data-label=\"{label}\"", page.Replace("&#xB7;", "·"));
        Assert.Contains($"data-key=\"{ReviewSample.Key("official", "Wang Wentao")}\"", page);
        foreach (var table in new[] { "officials", "persons", "organizations", "locations", "money", "events" })
            Assert.Contains($"id=\"table-{table}\"", page);
        Assert.Contains("Minister of Commerce", page);
        Assert.Contains("1,140,000,000", page);
        Assert.Contains("trade turnover", page);
    }

    [Fact]
    public async Task Posts_without_the_csrf_token_or_from_another_origin_are_refused()
    {
        var body = $$"""{"revision":1,"action":"accept","target":"{{ReviewSample.Key("person", "Rauf Mammadov")}}"}""";
        using var missing = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions", body, token: null);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        using var wrong = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions", body, token: "forged");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        using var crossOrigin = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions", body, await CsrfTokenAsync(), origin: "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, crossOrigin.StatusCode);
        Assert.Empty(new SqliteReviewStore(Db).Decisions(ReviewSample.Id, 1));
    }

    [Fact]
    public async Task Decisions_persist_show_on_reload_and_feed_the_reviewed_record()
    {
        var token = await CsrfTokenAsync();
        var person = ReviewSample.Key("person", "Rauf Mammadov");
        using var accepted = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions",
            $$"""{"revision":1,"action":"accept","target":"{{person}}"}""", token, origin: _server.BaseAddress.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("st-accepted", await accepted.Content.ReadAsStringAsync());
        using var rejected = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions",
            $$"""{"revision":1,"action":"reject","target":"{{ReviewSample.Key("money", "$250 million")}}"}""", token);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        using var corrected = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions",
            $$"""{"revision":1,"action":"correct","target":"{{ReviewSample.Key("money", "150 million euros")}}","amount":"160000000","currency":"eur"}""", token);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        var reloaded = await _server.Client.GetStringAsync($"/articles/{ReviewSample.Id}");
        Assert.Matches($"class=\"hl k-person st-accepted[^\"]*\" data-key=\"{Regex.Escape(person)}\"", reloaded);
        Assert.Contains("◐ In progress", reloaded);
        Assert.Contains("last: ann at", reloaded);

        var reviewed = RecordSerializer.FromJson(await _server.Client.GetStringAsync($"/api/articles/{ReviewSample.Id}/reviewed"));
        Assert.DoesNotContain(reviewed.Money, m => m.Text == "$250 million");
        Assert.Contains(reviewed.Money, m => m.Text == "150 million euros" && m.Amount == 160000000m && m.Currency == "EUR");

        using var undo = await PostAsync($"/api/articles/{ReviewSample.Id}/undo", """{"revision":1}""", token);
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(["accept", "reject"], new SqliteReviewStore(Db).Decisions(ReviewSample.Id, 1).Select(d => d.Action));

        // With extractions still pending, completion is refused with the count until the reviewer says to accept them.
        using var refused = await PostAsync($"/api/articles/{ReviewSample.Id}/complete", """{"revision":1,"done":true}""", token);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("20 extractions are still pending", await refused.Content.ReadAsStringAsync());
        Assert.Null(new SqliteReviewStore(Db).Completion(ReviewSample.Id, 1));
        using var complete = await PostAsync($"/api/articles/{ReviewSample.Id}/complete", """{"revision":1,"done":true,"pending":"accept"}""", token);
        Assert.Contains("✓ Reviewed", await complete.Content.ReadAsStringAsync());
        Assert.Equal(22, new SqliteReviewStore(Db).Decisions(ReviewSample.Id, 1).Count);
        Assert.Contains("✓ Reviewed", await _server.Client.GetStringAsync("/?status=reviewed"));
    }

    [Theory]
    [InlineData("""{"revision":1,"action":"approve","target":"x"}""", "Unknown action")]
    [InlineData("""{"revision":1,"action":"accept","target":"person:0-1"}""", "no extraction")]
    [InlineData("""{"revision":1,"action":"add","type":"person","start":10,"end":2000}""", "outside the text")]
    [InlineData("""{"revision":1,"action":"add","type":"money","start":0,"end":4}""", "amount and the currency")]
    [InlineData("""{"revision":1,"action":"add","type":"alien","start":0,"end":4}""", "needs a type")]
    [InlineData("""{"revision":1,"action":"add","type":"person","start":4,"end":6}""", "white space")]
    [InlineData("""{"revision":7,"action":"accept","target":"x"}""", "No record")]
    public async Task Bad_decisions_get_400_with_the_reason(string body, string reason)
    {
        using var response = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions", body, await CsrfTokenAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_api_key_guards_pages_and_api_when_set()
    {
        await using var guarded = await ReviewServer.StartAsync(Db, apiKey: "correct-horse-battery");
        using var page = await guarded.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login", page.Headers.Location?.OriginalString);
        using var api = await guarded.Client.GetAsync($"/api/articles/{ReviewSample.Id}/reviewed");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);

        using var withKey = new HttpRequestMessage(HttpMethod.Get, "/");
        withKey.Headers.Add("X-Api-Key", "correct-horse-battery");
        Assert.Equal(HttpStatusCode.OK, (await guarded.Client.SendAsync(withKey)).StatusCode);

        // The login form carries the page's token; without it, or from another origin, even the right key is refused.
        var token = LoginToken().Match(await guarded.Client.GetStringAsync("/login")).Groups[1].Value;
        using var noToken = await guarded.Client.PostAsync("/login", new FormUrlEncodedContent([new("key", "correct-horse-battery")]));
        Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/login") { Content = new FormUrlEncodedContent([new("csrf", token), new("key", "correct-horse-battery")]) };
        crossSite.Headers.Add("Origin", "http://evil.example");
        using var crossSiteResponse = await guarded.Client.SendAsync(crossSite);
        Assert.Equal(HttpStatusCode.Forbidden, crossSiteResponse.StatusCode);
        Assert.False(crossSiteResponse.Headers.Contains("Set-Cookie"));
        using var badLogin = await guarded.Client.PostAsync("/login", new FormUrlEncodedContent([new("csrf", token), new("key", "nope")]));
        Assert.Equal(HttpStatusCode.Unauthorized, badLogin.StatusCode);
        using var login = await guarded.Client.PostAsync("/login", new FormUrlEncodedContent([new("csrf", token), new("key", "correct-horse-battery")]));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("correct-horse-battery", cookie);
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/");
        withCookie.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await guarded.Client.SendAsync(withCookie)).StatusCode);
    }

    [Fact]
    public void Listening_beyond_loopback_without_an_api_key_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ReviewApp.Create(new ReviewServerOptions { DatabasePath = Db, Address = "0.0.0.0", Port = 0 }));
        Assert.Contains("--api-key", error.Message);
        Assert.Throws<ArgumentException>(() => ReviewApp.Create(new ReviewServerOptions { DatabasePath = Db, Address = "not-an-ip", Port = 0 }));
    }

    [Fact]
    public async Task Assets_are_served_and_unknown_articles_are_404()
    {
        Assert.Contains("keydown", await _server.Client.GetStringAsync("/assets/review.js"));
        Assert.Contains(".k-person", await _server.Client.GetStringAsync("/assets/review.css"));
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync("/assets/other.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync("/articles/unknown")).StatusCode);
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\">")]
    private static partial Regex CsrfMeta();

    [GeneratedRegex("name=\"csrf\" value=\"([^\"]+)\"")]
    private static partial Regex LoginToken();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("id=\"annotations-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex AnnotationsBlock();
}
