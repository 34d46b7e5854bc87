using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsExtract.Review.Reviewers;
using NewsExtract.Storage.Feed;
using NewsExtract.Storage.Review;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Review;
using NewsExtract.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace NewsExtract.BrowserTests;

/// <summary>
/// End-to-end with reviewer accounts: two analysts sign in, the first assigns the second a blind second opinion, both
/// review, the statistics page shows their agreement per type; the first one's completed review reaches the feed once,
/// as the article's next revision with its review object.
/// </summary>
public sealed class ReviewersBrowserTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private const string AnnSecret = "ann-secret-for-tests";
    private const string BobSecret = "bob-secret-for-tests";
    private readonly TempDirectory _dir = new();
    private readonly List<IBrowserContext> _contexts = [];
    private ReviewServer? _server;

    private string Db => _dir.File("state.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
        _dir.Dispose();
    }

    private async Task<IPage> SignInAsync(string name, string secret, int width = 1440)
    {
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server!.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 1000 },
        });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/");
        await page.WaitForURLAsync(new Regex("/signin$"));
        await page.Locator("#name").FillAsync(name);
        await page.Locator("#secret").FillAsync(secret);
        await page.Locator("#secret").PressAsync("Enter");
        await Expect(page.Locator(".reviewer strong")).ToHaveTextAsync(name);
        return page;
    }

    private static async Task OpenArticleAsync(IPage page, string id)
    {
        await page.GotoAsync($"/articles/{id}");
        await Expect(page.Locator("html[data-review-ready=true]")).ToHaveCountAsync(1);
    }

    private static ILocator Locations(IPage page, string text, string state) =>
        page.Locator($"#doc mark.k-location.st-{state}").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(text)}$") });

    private async Task<string[]> FeedLinesAsync()
    {
        using var state = new SqliteStateStore(Db);
        var feed = new JsonLinesFeed(_dir.File("feed"), state, TimeProvider.System);
        feed.Recover();
        await feed.PublishPendingAsync();
        return [.. Directory.GetFiles(_dir.File("feed"), "articles-*.jsonl").Order(StringComparer.Ordinal).SelectMany(File.ReadAllLines)];
    }

    [ChromiumFact]
    public async Task Two_reviewers_give_an_agreement_figure_and_the_reviewed_record_reaches_the_feed_once_as_the_next_revision()
    {
        var seed = SeedLikeArticle.Record();
        ReviewSample.Seed(Db, seed);
        var store = new SqliteReviewStore(Db);
        var accounts = new SqliteReviewAccounts(Db);
        accounts.Save("ann", ReviewerSecrets.Hash("ann", AnnSecret), DateTimeOffset.UtcNow);
        accounts.Save("bob", ReviewerSecrets.Hash("bob", BobSecret), DateTimeOffset.UtcNow);
        _server = await ReviewServer.StartAsync(Db, reviewer: "nobody");
        Assert.Single(await FeedLinesAsync());   // the models' revision 1, as the worker wrote it

        // Ann assigns Bob a second opinion, then reviews: Azerbaijan right, Russia wrong everywhere, the rest right.
        var ann = await SignInAsync("ann", AnnSecret);
        await OpenArticleAsync(ann, seed.Id);
        await ann.Locator("#assign-name").FillAsync("bob");
        await ann.Locator("#assign-role").SelectOptionAsync("second");
        await ann.Locator("#assign-form button").ClickAsync();
        await Expect(ann.Locator(".assignments")).ToContainTextAsync("bob (second)");
        await Locations(ann, "Azerbaijan", "pending").First.ClickAsync();
        await ann.Keyboard.PressAsync("A");
        await Expect(Locations(ann, "Azerbaijan", "accepted")).ToHaveCountAsync(12);
        await Locations(ann, "Russia", "pending").First.ClickAsync();
        await ann.Keyboard.PressAsync("X");
        await Expect(Locations(ann, "Russia", "rejected")).ToHaveCountAsync(11);
        await ann.Keyboard.PressAsync("c");
        await ann.Keyboard.PressAsync("Enter");
        await ann.WaitForURLAsync(new Regex("done=1"));
        Assert.Equal("ann", store.Completion(seed.Id, 1)?.Reviewer);

        // Bob works blind: none of Ann's decisions show; he accepts both countries and completes his opinion.
        var bob = await SignInAsync("bob", BobSecret);
        await OpenArticleAsync(bob, seed.Id);
        await Expect(bob.Locator(".second-badge")).ToBeVisibleAsync();
        await Expect(bob.Locator("#doc mark.st-pending")).ToHaveCountAsync(62);
        await Locations(bob, "Russia", "pending").First.ClickAsync();
        await bob.Keyboard.PressAsync("A");
        await Expect(Locations(bob, "Russia", "accepted")).ToHaveCountAsync(11);
        await bob.Keyboard.PressAsync("c");
        await Expect(bob.Locator("#confirm")).ToBeVisibleAsync();
        await bob.Keyboard.PressAsync("Enter");
        await bob.WaitForURLAsync(new Regex("done=1"));
        Assert.All(store.Decisions(seed.Id, 1), d => Assert.Contains(d.Reviewer, new[] { "ann", "bob" }));
        Assert.Equal("ann", store.Completion(seed.Id, 1)?.Reviewer);

        // Statistics: locations compared on 30 extractions, 11 disagree; the other types agree fully.
        await ann.GotoAsync("/stats");
        var locationKappa = ann.Locator("#stats-agreement .kappa[data-kind=location]");
        await Expect(locationKappa).ToBeVisibleAsync();
        var kappa = double.Parse(await locationKappa.TextContentAsync() ?? "", System.Globalization.CultureInfo.InvariantCulture);
        // Ann: 19 accepted, 11 rejected; Bob: 30 accepted. Observed 19/30; chance (19/30)(30/30) = 19/30, so kappa 0.
        Assert.Equal(0.0, kappa, 2);
        await Expect(ann.Locator("#stats-agreement")).ToContainTextAsync("63.3 %");
        await Expect(ann.Locator("#stats-agreement .kappa[data-kind=organization]")).ToHaveTextAsync("1.00");
        await Expect(ann.Locator("#stats-disagreements tbody tr")).ToHaveCountAsync(1);
        await Expect(ann.Locator("#stats-disagreements tbody tr")).ToContainTextAsync("LOC “Russia”11rejectedaccepted (bob)");
        await Expect(ann.Locator("#stats-by-type")).ToContainTextAsync("Location");
        await Expect(ann.Locator("#stats-by-component")).ToContainTextAsync("ner · test-ner-2");
        await Expect(ann.Locator("#stats-most-rejected")).ToContainTextAsync("Russia");
        await Expect(ann.Locator("#stats-per-reviewer")).ToContainTextAsync("bob");
        var day = store.Completion(seed.Id, 1)!.CompletedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(ann.Locator("#stats-per-day tbody tr")).ToHaveCountAsync(1);
        await Expect(ann.Locator("#stats-per-day tbody tr td").First).ToHaveTextAsync(day);
        await Expect(ann.Locator("#stats-per-day tbody tr td").Nth(1)).ToHaveTextAsync("1");
        await ann.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Root, "out", "screenshots", "statistics.png"), FullPage = true });
        output.WriteLine($"Location agreement kappa {kappa:0.00} (observed 63.3 %).");

        // The export buttons download the reviews as JSONL and the training data as CoNLL.
        var jsonl = await ann.RunAndWaitForDownloadAsync(() => ann.GetByRole(AriaRole.Link, new() { Name = "Reviews (JSONL)" }).ClickAsync());
        var reviewLine = Assert.Single(await File.ReadAllLinesAsync(await jsonl.PathAsync()));
        using (var review = JsonDocument.Parse(reviewLine)) Assert.Equal(seed.Id, review.RootElement.GetProperty("id").GetString());
        var conll = await ann.RunAndWaitForDownloadAsync(() => ann.GetByRole(AriaRole.Link, new() { Name = "Training data (CoNLL)" }).ClickAsync());
        var tags = await File.ReadAllLinesAsync(await conll.PathAsync());
        Assert.Equal("-DOCSTART- -X- -X- O", tags[0]);
        Assert.Contains("Azerbaijan _ _ B-LOC", tags);

        // Settle: the link opens the extraction; Ann keeps "rejected" for every mention of Russia, which settles them,
        // and the agreement figure still compares the two independent opinions.
        await ann.Locator("#stats-disagreements a", new() { HasText = "Settle" }).ClickAsync();
        await ann.WaitForURLAsync(new Regex($"/articles/{seed.Id}\\?settle="));
        await Expect(ann.Locator("html[data-review-ready=true]")).ToHaveCountAsync(1);
        await Expect(ann.Locator("#settle-banner")).ToContainTextAsync("Settling a disagreement");
        await Expect(ann.Locator("#doc .sel")).ToHaveTextAsync("Russia");
        await ann.Keyboard.PressAsync("X");
        await Expect(ann.Locator("#settle-banner")).ToContainTextAsync("Settled");
        await ann.GotoAsync("/stats");
        await Expect(ann.Locator("#stats-disagreements")).ToContainTextAsync("Nothing yet.");
        await Expect(locationKappa).ToHaveTextAsync("0.00");

        // The feed: the reviewed record once, as revision 2, with its review object; Bob's opinion is not in it.
        var lines = await FeedLinesAsync();
        var reviewed = Assert.Single(lines, l => l.Contains("\"review\":", StringComparison.Ordinal));
        using (var json = JsonDocument.Parse(reviewed))
        {
            var root = json.RootElement;
            Assert.Equal((seed.Id, 2), (root.GetProperty("id").GetString(), root.GetProperty("revision").GetInt32()));
            Assert.Equal("reviewed", root.GetProperty("review").GetProperty("status").GetString());
            Assert.Equal(["ann"], root.GetProperty("review").GetProperty("reviewers").EnumerateArray().Select(r => r.GetString()));
            Assert.DoesNotContain(root.GetProperty("locations").EnumerateArray(), l => l.GetProperty("name").GetString() == "Russia");
        }

        // Settling by keeping Ann's outcome changed nothing in the record, and reopening and marking it reviewed again
        // without a change writes nothing new either: the feed gets a revision per change, not per click.
        await OpenArticleAsync(ann, seed.Id);
        await ann.Locator("#complete-button").ClickAsync();
        await Expect(ann.Locator("#review-status")).Not.ToContainTextAsync("Reviewed");
        await ann.Locator("#complete-button").ClickAsync();
        await ann.WaitForURLAsync(new Regex("done=1"));
        var again = await FeedLinesAsync();
        Assert.Equal(2, again.Length);
        Assert.Single(again, l => l.Contains("\"review\":", StringComparison.Ordinal));
        // The list still shows the article as reviewed (the models' revision with its completion).
        await ann.GotoAsync("/?status=reviewed");
        await Expect(ann.Locator($"tr[data-id=\"{seed.Id}\"]")).ToHaveCountAsync(1);
    }

    [ChromiumFact]
    public async Task The_sign_out_button_ends_the_session_and_a_change_from_the_old_page_is_refused()
    {
        var seed = SeedLikeArticle.Record();
        ReviewSample.Seed(Db, seed);
        var accounts = new SqliteReviewAccounts(new SqliteReviewStore(Db).DatabasePath);
        accounts.Save("ann", ReviewerSecrets.Hash("ann", AnnSecret), DateTimeOffset.UtcNow);
        _server = await ReviewServer.StartAsync(Db, reviewer: "nobody");

        // At 390 px the top bar with the button still fits without sideways scrolling.
        var ann = await SignInAsync("ann", AnnSecret, width: 390);
        var signOut = ann.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
        await Expect(signOut).ToBeVisibleAsync();
        var widths = await ann.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the list scrolls sideways at 390 px with the sign-out button: {widths[0]} px in {widths[1]} px.");
        await ann.SetViewportSizeAsync(1440, 1000);

        // Open an article, then sign out with the button (a form POST with the page token from this origin).
        await OpenArticleAsync(ann, seed.Id);
        await Expect(signOut).ToBeVisibleAsync();
        await signOut.ClickAsync();
        await ann.WaitForURLAsync(new Regex("/signin$"));
        await Expect(ann.Locator(".reviewer strong")).ToHaveTextAsync("—");
        await Expect(ann.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);

        // The session is gone: pages send back to sign-in, and a decision with the old page's token is refused.
        await ann.GotoAsync($"/articles/{seed.Id}");
        await ann.WaitForURLAsync(new Regex("/signin$"));
        var target = $"location:{SeedLikeArticle.All("Azerbaijan")[0].Start}-{SeedLikeArticle.All("Azerbaijan")[0].End}";
        var status = await ann.EvaluateAsync<int>(
            """
            async ([id, target]) => (await fetch(`/api/articles/${id}/decisions`, {
              method: 'POST', credentials: 'same-origin',
              headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': document.querySelector('meta[name="csrf-token"]').content },
              body: JSON.stringify({ revision: 1, action: 'accept', target }) })).status
            """, new[] { seed.Id, target });
        Assert.Equal(401, status);
        Assert.Empty(new SqliteReviewStore(Db).History(seed.Id, 1));
    }
}
