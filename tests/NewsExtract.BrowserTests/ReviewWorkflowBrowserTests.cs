using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using NewsExtract.Core.Records;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Review;
using NewsExtract.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsExtract.BrowserTests;

/// <summary>
/// End-to-end in headless Chromium: a desk's day on the review page — whole entities and whole types decided at
/// once, next-pending navigation, the completion question and the queue to the next article, event participants and
/// dates edited, an event added, mouse-only and keyboard-only paths, the 390 px layout — with screenshots.
/// </summary>
public sealed class ReviewWorkflowBrowserTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private const string Reviewer = "desk-analyst";
    private readonly TempDirectory _dir = new();
    private ReviewServer? _server;
    private IBrowserContext? _context;

    private string Db => _dir.File("state.db");

    private static readonly ArticleRecord Seed = SeedLikeArticle.Record();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
        _dir.Dispose();
    }

    private async Task<IPage> OpenAsync(int width = 1440, int height = 1000, bool touch = false)
    {
        _server ??= await ReviewServer.StartAsync(Db, reviewer: Reviewer);
        _context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = 1,
            HasTouch = touch,
            IsMobile = touch,
        });
        var page = await _context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    private static async Task ReadyAsync(IPage page) => await Expect(page.Locator("html[data-review-ready=true]")).ToHaveCountAsync(1);

    private static Task<JsonElement> ItemsAsync(IPage page) =>
        page.EvaluateAsync<JsonElement>("() => JSON.parse(document.getElementById('annotations-data').textContent)");

    private static Task<string> SelectedKeyAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.querySelector('#doc .sel')?.dataset.key ?? ''");

    private static Task<int> PendingAsync(IPage page) =>
        page.EvaluateAsync<int>("() => JSON.parse(document.getElementById('annotations-data').textContent).filter(i => i.state === 'pending').length");

    private static ILocator Mentions(IPage page, string kind, string text, string state) =>
        page.Locator($"#doc mark.k-{kind}.st-{state}").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(text)}$") });

    private static string Shot(string name)
    {
        var file = Path.Combine(RepoPaths.Root, "out", "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return file;
    }

    /// <summary>Selects the characters [start, end) of the article text and lets the page see the mouse-up that ends a selection.</summary>
    private static Task SelectTextAsync(IPage page, int start, int end) =>
        page.EvaluateAsync(
            """
            ([start, end]) => {
              const doc = document.getElementById('doc');
              const walker = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
              const range = document.createRange();
              let pos = 0, node, startSet = false;
              while ((node = walker.nextNode())) {
                const len = node.data.length;
                if (!startSet && start < pos + len) { range.setStart(node, start - pos); startSet = true; }
                if (startSet && end <= pos + len) { range.setEnd(node, end - pos); break; }
                pos += len;
              }
              const selection = window.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
              doc.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
            }
            """, new[] { start, end });

    [ChromiumFact]
    public async Task The_seed_like_article_is_reviewed_to_completion_in_at_most_15_key_presses_and_the_queue_opens_the_next()
    {
        var other = ReviewSample.Record();
        ReviewSample.Seed(Db, Seed, other);
        var page = await OpenAsync();
        await page.GotoAsync($"/articles/{Seed.Id}");
        await ReadyAsync(page);
        var items = await ItemsAsync(page);
        Assert.Equal(68, items.GetArrayLength());
        Assert.Equal(12, items.EnumerateArray().Count(i => i.GetProperty("kind").GetString() == "location" && i.GetProperty("text").GetString() == "Azerbaijan"));
        Assert.Equal(11, items.EnumerateArray().Count(i => i.GetProperty("kind").GetString() == "location" && i.GetProperty("text").GetString() == "Russia"));

        // Keyboard only: "accept the rest of this type" moves on to the next pending extraction each time.
        var presses = 0;
        while (await PendingAsync(page) > 0 && presses < 20)
        {
            var before = await PendingAsync(page);
            await page.Keyboard.PressAsync("t");
            presses++;
            await page.WaitForFunctionAsync("n => JSON.parse(document.getElementById('annotations-data').textContent).filter(i => i.state === 'pending').length < n", before);
        }
        await page.Keyboard.PressAsync("c");
        presses++;
        await page.WaitForURLAsync(new Regex($"/articles/{other.Id}"));
        await ReadyAsync(page);
        Assert.True(presses <= 15, $"{presses} key presses");
        output.WriteLine($"Seed-like article (68 highlights) reviewed to completion in {presses} key presses.");

        var store = new SqliteReviewStore(Db);
        Assert.NotNull(store.Completion(Seed.Id, 1));
        Assert.Equal(68, store.Decisions(Seed.Id, 1).Count(d => d.Action == ReviewActions.Accept));
    }

    [ChromiumFact]
    public async Task Keyboard_only_from_the_list_a_reviewer_starts_the_queue_reviews_an_article_and_reaches_the_next()
    {
        var other = ReviewSample.Record();
        ReviewSample.Seed(Db, Seed, other);
        var page = await OpenAsync();
        await page.GotoAsync("/");

        // Tab to the queue link and press Enter: no mouse anywhere in this path.
        var focusedId = "";
        for (var i = 0; i < 40 && focusedId != "start-queue"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focusedId = await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");
        }
        Assert.Equal("start-queue", focusedId);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex($"/articles/{Seed.Id}"));
        await ReadyAsync(page);

        // Help by key, closed by key; then the article's types by key and its completion by key.
        await page.Keyboard.PressAsync("?");
        await Expect(page.Locator("#help")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#help")).ToBeHiddenAsync();
        await page.Keyboard.PressAsync("X");
        await Expect(page.Locator("#doc mark.st-rejected")).Not.ToHaveCountAsync(0);
        while (await PendingAsync(page) > 0)
        {
            var before = await PendingAsync(page);
            await page.Keyboard.PressAsync("t");
            await page.WaitForFunctionAsync("n => JSON.parse(document.getElementById('annotations-data').textContent).filter(i => i.state === 'pending').length < n", before);
        }
        await page.Keyboard.PressAsync("c");
        await page.WaitForURLAsync(new Regex($"/articles/{other.Id}"));
        await ReadyAsync(page);
        var store = new SqliteReviewStore(Db);
        Assert.NotNull(store.Completion(Seed.Id, 1));
        Assert.Contains(store.Decisions(Seed.Id, 1), d => d.Action == ReviewActions.Reject);
        Assert.Equal(68, store.Decisions(Seed.Id, 1).Count);
    }

    [ChromiumFact]
    public async Task A_whole_entity_is_accepted_or_rejected_with_all_its_mentions_and_undo_takes_the_batch_back()
    {
        ReviewSample.Seed(Db, Seed);
        var page = await OpenAsync();
        await page.GotoAsync($"/articles/{Seed.Id}");
        await ReadyAsync(page);

        await Mentions(page, "location", "Azerbaijan", "pending").First.ClickAsync();
        await page.Keyboard.PressAsync("A");
        await Expect(Mentions(page, "location", "Azerbaijan", "accepted")).ToHaveCountAsync(12);
        await Expect(Mentions(page, "location", "Russia", "pending")).ToHaveCountAsync(11);

        await Mentions(page, "location", "Russia", "pending").Nth(3).ClickAsync();
        await page.Keyboard.PressAsync("X");
        await Expect(Mentions(page, "location", "Russia", "rejected")).ToHaveCountAsync(11);
        await Expect(Mentions(page, "location", "Azerbaijan", "accepted")).ToHaveCountAsync(12);
        await Expect(Mentions(page, "location", "Moscow", "pending")).ToHaveCountAsync(2);
        // The entity row is struck through only because every mention is rejected.
        await Expect(page.Locator("#table-locations tr.st-rejected")).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("u");
        await Expect(Mentions(page, "location", "Russia", "pending")).ToHaveCountAsync(11);
        await page.Locator("#history summary").ClickAsync();
        await Expect(page.Locator("#history li.undone")).ToHaveCountAsync(1);
        await Expect(page.Locator("#history li.undone")).ToContainTextAsync("reject ×11");
        await Expect(page.Locator("#history li.undone .undone-badge")).ToContainTextAsync("undone");
    }

    [ChromiumFact]
    public async Task The_rest_of_a_type_is_accepted_at_once_and_next_pending_skips_decided_ones()
    {
        ReviewSample.Seed(Db, Seed);
        var page = await OpenAsync();
        await page.GotoAsync($"/articles/{Seed.Id}");
        await ReadyAsync(page);

        // Reject one organisation mention, then accept the rest of the type.
        await Mentions(page, "organization", "Caspian Shipping Company", "pending").First.ClickAsync();
        await page.Keyboard.PressAsync("x");
        await Expect(page.Locator("#doc mark.k-organization.st-rejected")).ToHaveCountAsync(1);
        await Mentions(page, "organization", "Russian Railways", "pending").First.ClickAsync();
        await page.Keyboard.PressAsync("t");
        await Expect(page.Locator("#doc mark.k-organization.st-accepted")).ToHaveCountAsync(5);
        await Expect(page.Locator("#doc mark.k-organization.st-rejected")).ToHaveCountAsync(1);
        await Expect(page.Locator("#doc mark.k-location.st-pending")).ToHaveCountAsync(30);

        // From a decided organisation, n goes to the next pending extraction in text order, skipping decided ones.
        var azRailways = SeedLikeArticle.All("Azerbaijan Railways")[0];
        await page.Locator($"#doc [data-key=\"organization:{azRailways.Start}-{azRailways.End}\"]").First.ClickAsync();
        var items = (await ItemsAsync(page)).EnumerateArray().ToList();
        var at = items.FindIndex(i => i.GetProperty("key").GetString() == $"organization:{azRailways.Start}-{azRailways.End}");
        var expected = items.Skip(at + 1).First(i => i.GetProperty("state").GetString() == "pending").GetProperty("key").GetString();
        await page.Keyboard.PressAsync("n");
        Assert.Equal(expected, await SelectedKeyAsync(page));
        // j visits every extraction, n only pending ones: after n from there, the selection is never a decided one.
        for (var i = 0; i < 5; i++)
        {
            await page.Keyboard.PressAsync("n");
            var key = await SelectedKeyAsync(page);
            Assert.Equal("pending", (await ItemsAsync(page)).EnumerateArray().Single(x => x.GetProperty("key").GetString() == key).GetProperty("state").GetString());
        }
    }

    [ChromiumFact]
    public async Task Marking_reviewed_with_pending_items_asks_first_with_the_count_and_then_opens_the_next_article_of_the_filter()
    {
        var sample = ReviewSample.Record();
        var third = SeedLikeArticle.Record("0000000000000000aaaa", "An older article about something else", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)) with
        {
            Source = new SourceRecord("tass", null, "corpus/articles/other.json"),
        };
        ReviewSample.Seed(Db, Seed, sample, third);
        var page = await OpenAsync();

        // The queue follows the list's filter: trend articles only (the seed-like one, then the sample).
        await page.GotoAsync("/?source=trend");
        await page.Locator("#start-queue").ClickAsync();
        await page.WaitForURLAsync(new Regex($"/articles/{Seed.Id}"));
        await ReadyAsync(page);

        await page.Keyboard.PressAsync("a");
        await page.WaitForFunctionAsync("() => JSON.parse(document.getElementById('annotations-data').textContent).some(i => i.state === 'accepted')");
        await page.Keyboard.PressAsync("c");
        await Expect(page.Locator("#confirm")).ToBeVisibleAsync();
        await Expect(page.Locator("#confirm-text")).ToContainTextAsync("67 extractions are still pending");
        await Expect(page.Locator("#confirm-accept")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#confirm")).ToBeHiddenAsync();
        await Expect(page.Locator("#review-status")).ToContainTextAsync("In progress");

        await page.Keyboard.PressAsync("c");
        await Expect(page.Locator("#confirm")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex($"/articles/{sample.Id}"));
        await ReadyAsync(page);
        var store = new SqliteReviewStore(Db);
        Assert.NotNull(store.Completion(Seed.Id, 1));
        Assert.Equal(68, store.Decisions(Seed.Id, 1).Count);

        // The last trend article done, the queue ends on the list with a notice (the tass article is not in this queue).
        await page.Keyboard.PressAsync("c");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("done=1"));
        await Expect(page.Locator(".notice")).ToContainTextAsync("Nothing left to review");
        Assert.Null(store.Completion(third.Id, 1));
    }

    [ChromiumFact]
    public async Task An_events_participants_and_date_are_edited_and_an_event_is_added_by_selecting_its_sentence()
    {
        ReviewSample.Seed(Db, Seed);
        var page = await OpenAsync();
        await page.GotoAsync($"/articles/{Seed.Id}");
        await ReadyAsync(page);

        // Edit the investment event: Azerbaijan also takes part, and the date is March 2025.
        var investment = Seed.Events.Single(e => e.Type == "Investment");
        var key = $"event:{investment.Sentence.Start}-{investment.Sentence.End}:Investment";
        await page.Locator($"#table-events tr[data-key=\"{key}\"] td").First.ClickAsync();
        await page.Keyboard.PressAsync("e");
        await Expect(page.Locator("#editor")).ToBeVisibleAsync();
        await Expect(page.Locator("#ed-participants input[value=\"Russia\"]")).ToBeCheckedAsync();
        await page.Locator("#ed-participants input[value=\"Azerbaijan\"]").CheckAsync();
        await page.Locator("#ed-when").FillAsync("2025-03");
        await page.Locator("#ed-location").FillAsync("Baku");
        // A participant picked by selecting its words in the text: they fill the name field, Add ticks it.
        var shipping = SeedLikeArticle.Text.IndexOf("Caspian Shipping Company", StringComparison.Ordinal);
        await SelectTextAsync(page, shipping, shipping + "Caspian Shipping Company".Length);
        await Expect(page.Locator("#ed-participant-new")).ToHaveValueAsync("Caspian Shipping Company");
        await page.Locator("#ed-participant-add").ClickAsync();
        await Expect(page.Locator("#ed-participants input[value=\"Caspian Shipping Company\"]")).ToBeCheckedAsync();
        await page.Locator("#ed-save").ClickAsync();
        var row = page.Locator($"#table-events tr[data-key=\"{key}\"]");
        await Expect(row).ToContainTextAsync("Russia, Azerbaijan");
        await Expect(row).ToContainTextAsync("2025-03");
        await Expect(page.Locator($"#doc [data-key=\"{key}\"]").First).ToHaveClassAsync(new Regex("st-corrected"));

        // Add the missed event: select its sentence, press 8 (EVENT), give type, participant and date.
        const string sentence = "Analyst Leyla Mammadova expects freight to grow by 4 percent.";
        var start = SeedLikeArticle.Text.IndexOf(sentence, StringComparison.Ordinal);
        await SelectTextAsync(page, start, start + sentence.Length);
        await Expect(page.Locator("#adder")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("8");
        await Expect(page.Locator("#editor-title")).ToHaveTextAsync("Add event");
        await page.Locator("#ed-type").SelectOptionAsync("Trade");
        await page.Locator("#ed-participant-new").FillAsync("Leyla Mammadova");
        await page.Locator("#ed-participant-add").ClickAsync();
        await page.Locator("#ed-when").FillAsync("2026");
        await page.Locator("#ed-when").PressAsync("Enter");
        await Expect(page.Locator("#doc span.ev.st-added")).ToHaveCountAsync(1);
        await Expect(page.Locator("#doc span.ev.st-added")).ToHaveTextAsync(new Regex("Leyla Mammadova expects freight"));

        var reviewed = await page.EvaluateAsync<JsonElement>($"async () => await (await fetch('/api/articles/{Seed.Id}/reviewed')).json()");
        var events = reviewed.GetProperty("events").EnumerateArray().ToList();
        var edited = events.Single(e => e.GetProperty("sentence").GetProperty("start").GetInt32() == investment.Sentence.Start);
        Assert.Equal(["Russia", "Azerbaijan", "Caspian Shipping Company"], edited.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(("2025-03", "Baku"), (edited.GetProperty("date").GetString(), edited.GetProperty("location").GetString()));
        var added = events.Single(e => e.GetProperty("sentence").GetProperty("start").GetInt32() == start);
        Assert.Equal(("Trade", "2026"), (added.GetProperty("type").GetString(), added.GetProperty("date").GetString()));
        Assert.Equal(["Leyla Mammadova"], added.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
    }

    [ChromiumFact]
    public async Task Mouse_only_a_reviewer_decides_an_entity_a_type_and_completes_with_the_on_screen_buttons()
    {
        var sample = ReviewSample.Record();
        ReviewSample.Seed(Db, Seed, sample);
        var page = await OpenAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = Seed.Title! }).ClickAsync();
        await ReadyAsync(page);

        await Mentions(page, "location", "Azerbaijan", "pending").Nth(2).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "A Accept entity (all mentions)" }).ClickAsync();
        await Expect(Mentions(page, "location", "Azerbaijan", "accepted")).ToHaveCountAsync(12);
        await Mentions(page, "organization", "Russian Railways", "pending").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "t Accept the rest of this type" }).ClickAsync();
        await Expect(page.Locator("#doc mark.k-organization.st-accepted")).ToHaveCountAsync(6);
        await page.Locator("#table-persons .chip").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "x Reject", Exact = true }).ClickAsync();
        await Expect(page.Locator("#doc mark.k-person.st-rejected")).ToHaveCountAsync(1);

        await page.Locator("#complete-button").ClickAsync();
        await Expect(page.Locator("#confirm-text")).ToContainTextAsync("still pending");
        await page.Locator("#confirm-accept").ClickAsync();
        await page.WaitForURLAsync(new Regex($"/articles/{sample.Id}"));
        var reviewed = ReviewStatuses.Reviewed;
        Assert.Equal(reviewed, new SqliteReviewStore(Db).Status(Seed.Id, 1));
    }

    [ChromiumFact]
    public async Task Keyboard_and_screen_reader_highlights_take_focus_with_their_label_help_and_type_toggles_work()
    {
        ReviewSample.Seed(Db, Seed);
        var page = await OpenAsync();
        await page.GotoAsync($"/articles/{Seed.Id}");
        await ReadyAsync(page);

        // Tab reaches the highlights; each is a button whose accessible name carries its label, text and state.
        string focused = "";
        for (var i = 0; i < 60 && !focused.StartsWith("LOC: BAKU", StringComparison.Ordinal); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("() => document.activeElement?.getAttribute('aria-label') ?? ''");
        }
        Assert.Equal("LOC: BAKU (pending)", focused);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("DATE: March 3 (pending)", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        await page.Keyboard.PressAsync("Tab");
        Assert.StartsWith("EVENT · Meeting: Azerbaijan and Russia held", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "LOC: Baku (pending)" }).First).ToBeVisibleAsync();

        // The focused highlight is the selected one: a decides it, and focus stays on the page's selection.
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.Equal("LOC: BAKU (pending)", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        await page.Keyboard.PressAsync("a");
        await Expect(page.Locator("#doc mark.k-location.st-accepted")).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("?");
        await Expect(page.Locator("#help")).ToBeVisibleAsync();
        await Expect(page.Locator("#help")).ToContainTextAsync("Accept the rest of this type");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#help")).ToBeHiddenAsync();

        // Hide the location highlights: the text stays, the highlight styling goes, and j skips them.
        await page.Locator("[data-toggle-kind=location]").ClickAsync();
        await Expect(page.Locator("[data-toggle-kind=location]")).ToHaveAttributeAsync("aria-pressed", "false");
        var background = await page.Locator("#doc mark.k-location").Nth(3).EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgba(0, 0, 0, 0)", background);
        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("j");
            Assert.DoesNotMatch("^location:", await SelectedKeyAsync(page));
        }
        await page.Locator("[data-toggle-kind=location]").ClickAsync();
        await Expect(page.Locator("[data-toggle-kind=location]")).ToHaveAttributeAsync("aria-pressed", "true");

        // An event's label shows only on the selected sentence, unless "Labels on every highlight" is on.
        const string labelDisplay = "() => Array.from(document.querySelectorAll('#doc span.ev.first:not(.sel)')).map(e => getComputedStyle(e, '::before').display)";
        Assert.All(await page.EvaluateAsync<string[]>(labelDisplay), d => Assert.Equal("none", d));
        await page.Locator("#labels-toggle").ClickAsync();
        await Expect(page.Locator("#labels-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
        var shown = await page.EvaluateAsync<string[]>(labelDisplay);
        Assert.NotEmpty(shown);
        Assert.All(shown, d => Assert.NotEqual("none", d));
    }

    [ChromiumFact]
    public async Task At_390_and_768_px_the_list_and_the_article_fit_without_horizontal_scrolling_and_screenshots_are_saved()
    {
        ReviewSample.Seed(Db, Seed, ReviewSample.Record(), ReviewSample.Hostile());
        new SqliteReviewStore(Db).Add(ReviewSample.Decision(ReviewActions.Accept, ReviewSample.Key("official", "Ilham Aliyev")));

        var wide = await OpenAsync(1440, 900);
        await wide.GotoAsync("/");
        await Expect(wide.Locator("table.articles")).ToBeVisibleAsync();
        await Expect(wide.Locator($"tr[data-id=\"{ReviewSample.Id}\"] .decided")).ToHaveTextAsync("1/22");
        await wide.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("list.png") });
        await wide.GotoAsync($"/articles/{Seed.Id}");
        await ReadyAsync(wide);
        await wide.Keyboard.PressAsync("t");
        await Expect(wide.Locator("#doc mark.k-location.st-accepted").First).ToBeVisibleAsync();
        await wide.EvaluateAsync("() => window.scrollTo(0, 0)");
        await wide.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("article.png") });
        await _context!.DisposeAsync();

        // A tablet's width too (the list once scrolled sideways at 768 px as well).
        var tablet = await OpenAsync(768, 1024);
        foreach (var path in new[] { "/", $"/articles/{Seed.Id}", "/stats" })
        {
            await tablet.GotoAsync(path);
            await tablet.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var widths = await tablet.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"{path} scrolls sideways at 768 px: content {widths[0]} px wide in {widths[1]} px.");
        }
        await _context!.DisposeAsync();

        var phone = await OpenAsync(390, 844, touch: true);
        foreach (var path in new[] { "/", $"/articles/{Seed.Id}", "/stats" })
        {
            await phone.GotoAsync(path);
            await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var widths = await phone.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"{path} scrolls sideways at 390 px: content {widths[0]} px wide in {widths[1]} px.");
        }
        await phone.GotoAsync("/");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("mobile-list.png"), FullPage = true });
        await phone.GotoAsync($"/articles/{Seed.Id}");
        await ReadyAsync(phone);
        // Touch: tap a highlight and the accept button.
        // Tap the middle of the first line box of the highlight (an inline highlight may wrap onto two lines).
        var money = SeedLikeArticle.All("$500 million")[0];
        var box = await Mentions(phone, "money", "$500 million", "pending").First.EvaluateAsync<double[]>(
            "e => { e.scrollIntoView({ block: 'center' }); const r = e.getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2]; }");
        await phone.Touchscreen.TapAsync((float)box[0], (float)box[1]);
        Assert.Equal($"money:{money.Start}-{money.End}", await SelectedKeyAsync(phone));
        await phone.Locator(".keybar [data-action=accept]").TapAsync();
        await Expect(Mentions(phone, "money", "$500 million", "accepted")).ToHaveCountAsync(1);
        await phone.EvaluateAsync("() => window.scrollTo(0, 0)");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("mobile-article.png") });
    }
}
