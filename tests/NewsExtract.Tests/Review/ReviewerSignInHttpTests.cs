using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using NewsExtract.Review.Reviewers;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>
/// Signing in and out with reviewer accounts: wrong secrets for one reviewer lock that name for a while (on the server's
/// clock, here a fake one) without touching other reviewers, and signing out needs the page's token and this origin
/// and really ends the session.
/// </summary>
public sealed partial class ReviewerSignInHttpTests : IAsyncLifetime
{
    private const string AnnSecret = "ann-long-secret-1";
    private const string BobSecret = "bob-long-secret-2";
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private ReviewServer _server = null!;
    private string _token = "";

    private string Db => _dir.File("state.db");

    public async Task InitializeAsync()
    {
        ReviewSample.Seed(Db, ReviewSample.Record());
        var accounts = new SqliteReviewAccounts(new SqliteReviewStore(Db).DatabasePath);   // the store creates the review tables
        accounts.Save("ann", ReviewerSecrets.Hash("ann", AnnSecret), DateTimeOffset.UtcNow);
        accounts.Save("bob", ReviewerSecrets.Hash("bob", BobSecret), DateTimeOffset.UtcNow);
        _server = await ReviewServer.StartAsync(Db, reviewer: "server-default", clock: _clock);
        _token = FormToken().Match(await _server.Client.GetStringAsync("/signin")).Groups[1].Value;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _dir.Dispose();
    }

    private async Task<HttpResponseMessage> SignInAsync(string name, string secret) =>
        await _server.Client.PostAsync("/signin", new FormUrlEncodedContent([new("csrf", _token), new("name", name), new("secret", secret)]));

    private async Task<string> SessionAsync(string name, string secret)
    {
        using var response = await SignInAsync(name, secret);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
    }

    private async Task<HttpStatusCode> GetAsync(string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await _server.Client.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<HttpResponseMessage> SignOutAsync(string cookie, string? token, string? origin = null)
    {
        var form = new List<KeyValuePair<string, string>>();
        if (token is not null) form.Add(new("csrf", token));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/signout") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Cookie", cookie);
        if (origin is not null) request.Headers.Add("Origin", origin);
        return await _server.Client.SendAsync(request);
    }

    [Fact]
    public async Task Wrong_secrets_lock_that_reviewer_for_a_while_and_not_the_others()
    {
        for (var i = 0; i < SignInThrottle.AllowedFailures; i++)
        {
            using var wrong = await SignInAsync("ann", $"wrong-guess-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        // Locked: even the right secret is refused, with a Retry-After, and no session cookie.
        using (var locked = await SignInAsync("ann", AnnSecret))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
            Assert.Equal(SignInThrottle.Lockout, locked.Headers.RetryAfter?.Delta);
            Assert.False(locked.Headers.Contains("Set-Cookie"));
            Assert.Contains("Too many wrong secrets", await locked.Content.ReadAsStringAsync());
        }
        using (var otherCase = await SignInAsync(" ANN ", AnnSecret))
            Assert.Equal(HttpStatusCode.TooManyRequests, otherCase.StatusCode);
        await SessionAsync("bob", BobSecret);   // another reviewer signs in as usual

        // Still locked a minute before the end; signed in once the lockout has passed.
        _clock.Advance(SignInThrottle.Lockout - TimeSpan.FromMinutes(1));
        using (var stillLocked = await SignInAsync("ann", AnnSecret))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, stillLocked.StatusCode);
            Assert.Equal(TimeSpan.FromMinutes(1), stillLocked.Headers.RetryAfter?.Delta);
        }
        _clock.Advance(TimeSpan.FromMinutes(1));
        var ann = await SessionAsync("ann", AnnSecret);
        Assert.Equal(HttpStatusCode.OK, await GetAsync("/", ann));
    }

    [Fact]
    public async Task Wrong_secrets_spread_beyond_the_window_or_followed_by_the_right_one_do_not_lock()
    {
        async Task WrongAsync(int times)
        {
            for (var i = 0; i < times; i++)
            {
                using var wrong = await SignInAsync("ann", $"wrong-guess-{i}");
                Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            }
        }
        await WrongAsync(SignInThrottle.AllowedFailures - 1);
        _clock.Advance(SignInThrottle.Window);
        await WrongAsync(SignInThrottle.AllowedFailures - 1);
        await SessionAsync("ann", AnnSecret);
        await WrongAsync(SignInThrottle.AllowedFailures - 1);   // the right secret cleared the count
        await SessionAsync("ann", AnnSecret);

        // A name without an account is counted like any other, so locking does not tell which names exist.
        for (var i = 0; i < SignInThrottle.AllowedFailures; i++)
        {
            using var nobody = await SignInAsync("nobody", "whatever-secret");
            Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        }
        using var lockedNobody = await SignInAsync("nobody", "whatever-secret");
        Assert.Equal(HttpStatusCode.TooManyRequests, lockedNobody.StatusCode);
    }

    [Fact]
    public async Task Signing_out_needs_the_page_token_and_this_origin_and_ends_the_session()
    {
        var ann = await SessionAsync("ann", AnnSecret);
        using (var list = new HttpRequestMessage(HttpMethod.Get, "/"))
        {
            list.Headers.Add("Cookie", ann);
            using var page = await _server.Client.SendAsync(list);
            Assert.Matches(SignOutForm(), await page.Content.ReadAsStringAsync());
        }

        using (var noToken = await SignOutAsync(ann, null))
            Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);
        using (var forged = await SignOutAsync(ann, "forged-token"))
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        using (var crossSite = await SignOutAsync(ann, _token, "http://evil.example"))
            Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await GetAsync("/", ann));   // still signed in

        using (var signOut = await SignOutAsync(ann, _token, _server.BaseAddress.GetLeftPart(UriPartial.Authority)))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
            Assert.Equal("/signin", signOut.Headers.Location?.OriginalString);
        }
        // The old cookie is nobody now: pages send to /signin and changes are refused.
        Assert.Equal(HttpStatusCode.Redirect, await GetAsync("/", ann));
        using var decision = new HttpRequestMessage(HttpMethod.Post, $"/api/articles/{ReviewSample.Id}/decisions")
        {
            Content = new StringContent($$"""{"revision":1,"action":"accept","target":"{{ReviewSample.Key("location", "China")}}"}""", Encoding.UTF8, "application/json"),
        };
        decision.Headers.Add("X-CSRF-Token", _token);
        decision.Headers.Add("Cookie", ann);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.Client.SendAsync(decision)).StatusCode);
        Assert.Empty(new SqliteReviewStore(Db).History(ReviewSample.Id, 1));
    }

    [GeneratedRegex("name=\"csrf\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("<form class=\"signout\" method=\"post\" action=\"/signout\"><input type=\"hidden\" name=\"csrf\" value=\"[^\"]+\"><button type=\"submit\"[^>]*>Sign out</button></form>")]
    private static partial Regex SignOutForm();
}
