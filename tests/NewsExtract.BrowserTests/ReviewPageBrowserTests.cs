using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsExtract.Core.Records;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Review;
using NewsExtract.Tests.Support;
using NewsExtract.Worker.Commands;
using static Microsoft.Playwright.Assertions;

namespace NewsExtract.BrowserTests;

/// <summary>
/// End-to-end: the review page in headless Chromium against the real server on 127.0.0.1 — keyboard decisions,
/// a span corrected with the mouse, an entity added by selecting text, reload, export — and the screenshot.
/// </summary>
public sealed class ReviewPageBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private const string Reviewer = "e2e-analyst";
    private readonly TempDirectory _dir = new();
    private ReviewServer? _server;
    private IBrowserContext? _context;

    private string Db => _dir.File("state.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
        _dir.Dispose();
    }

    private async Task<IPage> OpenAsync(int width = 1440, int height = 1000)
    {
        _server = await ReviewServer.StartAsync(Db, reviewer: Reviewer);
        _context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = 1,
        });
        var page = await _context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    private static string Key(string kind, int start, int end) => $"{kind}:{start}-{end}";

    private static string Key(string kind, string phrase, int occurrence = 0)
    {
        var start = ReviewSample.At(phrase, occurrence);
        return Key(kind, start, start + phrase.Length);
    }

    private static ILocator Highlight(IPage page, string key) => page.Locator($"#doc [data-key=\"{key}\"]").First;

    /// <summary>Moves the selection to <paramref name="key"/> with j/k only, like a reviewer would.</summary>
    private static async Task SelectWithKeysAsync(IPage page, string key)
    {
        var keys = await page.EvaluateAsync<string[]>("() => JSON.parse(document.getElementById('annotations-data').textContent).map(i => i.key)");
        var target = Array.IndexOf(keys, key);
        Assert.True(target >= 0, $"No annotation {key} on the page.");
        for (var step = 0; step < keys.Length * 2; step++)
        {
            var current = await page.EvaluateAsync<string>("() => document.querySelector('#doc .sel')?.dataset.key ?? ''");
            if (current == key) return;
            await page.Keyboard.PressAsync(Array.IndexOf(keys, current) < target ? "j" : "k");
        }
        Assert.Fail($"j/k never reached {key}.");
    }

    /// <summary>The viewport rectangle of the characters [start, end) of the article text.</summary>
    private static Task<JsonElement> TextRectAsync(IPage page, int start, int end) =>
        page.EvaluateAsync<JsonElement>(
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
              range.startContainer.parentElement.scrollIntoView({ block: 'center' });
              const rects = range.getClientRects();
              const first = rects[0], last = rects[rects.length - 1];
              return { left: first.left, top: first.top, height: first.height, right: last.right, bottom: last.bottom, lastTop: last.top };
            }
            """, new[] { start, end });

    [ChromiumFact]
    public async Task A_reviewer_decides_with_keys_and_mouse_and_the_export_has_the_decisions()
    {
        // The sample as a model might get it wrong: the bank's span misses "Asian", and "China" was not found.
        var bank = ReviewSample.M("Infrastructure Investment Bank");
        var china = ReviewSample.M("China");
        var sample = ReviewSample.Record();
        ReviewSample.Seed(Db, sample with
        {
            Organizations = [sample.Organizations[0], sample.Organizations[1], new EntityRecord(bank.Text, [bank])],
            Locations = [.. sample.Locations.Where(l => l.Name != "China")],
        });
        var page = await OpenAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = sample.Title! }).ClickAsync();
        await Expect(page.Locator("html[data-review-ready=true]")).ToHaveCountAsync(1);
        await Expect(page.Locator(".keybar")).ToContainTextAsync("a Accept");

        // Keyboard: accept a person, reject an organisation mention, accept and undo an official.
        var person = Key("person", "Rauf Mammadov");
        await SelectWithKeysAsync(page, person);
        await page.Keyboard.PressAsync("a");
        await Expect(Highlight(page, person)).ToHaveClassAsync(new Regex("st-accepted"));
        var socar = Key("organization", "SOCAR");
        await SelectWithKeysAsync(page, socar);
        await page.Keyboard.PressAsync("x");
        await Expect(Highlight(page, socar)).ToHaveClassAsync(new Regex("st-rejected"));
        var wang = Key("official", "Wang Wentao");
        await SelectWithKeysAsync(page, wang);
        await page.Keyboard.PressAsync("a");
        await Expect(Highlight(page, wang)).ToHaveClassAsync(new Regex("st-accepted"));
        await page.Keyboard.PressAsync("u");
        await Expect(Highlight(page, wang)).ToHaveClassAsync(new Regex("st-pending"));

        // Mouse: select the bank's highlight, open the editor, drag over the full name, save.
        var bankKey = Key("organization", bank.Start, bank.End);
        await Highlight(page, bankKey).ClickAsync();
        await page.Keyboard.PressAsync("e");
        await Expect(page.Locator("#editor")).ToBeVisibleAsync();
        var asian = ReviewSample.At("Asian Infrastructure Investment Bank");
        var rect = await TextRectAsync(page, asian, bank.End);
        var y = rect.GetProperty("top").GetDouble() + rect.GetProperty("height").GetDouble() / 2;
        var lastY = rect.GetProperty("lastTop").GetDouble() + rect.GetProperty("height").GetDouble() / 2;
        await page.Mouse.MoveAsync((float)rect.GetProperty("left").GetDouble() + 1, (float)y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)rect.GetProperty("right").GetDouble() - 1, (float)lastY, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await Expect(page.Locator("#ed-span")).ToContainTextAsync("Asian Infrastructure Investment Bank");
        await page.Locator("#ed-save").ClickAsync();
        await Expect(Highlight(page, bankKey)).ToHaveClassAsync(new Regex("st-corrected"));
        await Expect(Highlight(page, bankKey)).ToHaveTextAsync("Asian Infrastructure Investment Bank");

        // Add the missed "China" by selecting it (double-click) and pressing 4 (LOC).
        var chinaRect = await TextRectAsync(page, china.Start, china.End);
        await page.Mouse.DblClickAsync(
            (float)((chinaRect.GetProperty("left").GetDouble() + chinaRect.GetProperty("right").GetDouble()) / 2),
            (float)(chinaRect.GetProperty("top").GetDouble() + chinaRect.GetProperty("height").GetDouble() / 2));
        await Expect(page.Locator("#adder")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("4");
        var added = page.Locator("#doc mark.k-location.st-added");
        await Expect(added).ToHaveTextAsync("China");

        // Reload: the decisions and the status come back from the database.
        await page.ReloadAsync();
        await Expect(Highlight(page, person)).ToHaveClassAsync(new Regex("st-accepted"));
        await Expect(Highlight(page, socar)).ToHaveClassAsync(new Regex("st-rejected"));
        await Expect(Highlight(page, wang)).ToHaveClassAsync(new Regex("st-pending"));
        await Expect(Highlight(page, bankKey)).ToHaveTextAsync("Asian Infrastructure Investment Bank");
        await Expect(page.Locator("#doc mark.k-location.st-added")).ToHaveTextAsync("China");
        await Expect(page.Locator("#review-status")).ToContainTextAsync("In progress");
        await Expect(page.Locator($"#table-organizations tr[data-key=\"{socar}\"], #table-organizations .chip.st-rejected")).Not.ToHaveCountAsync(0);

        // Export: the JSONL and CoNLL files carry the decisions.
        var jsonl = _dir.File("reviews.jsonl");
        Assert.Equal(0, await CommandLineApp.Build().Parse(["export", "reviews", "--format", "jsonl", "--db", Db, "--out", jsonl]).InvokeAsync());
        using var json = JsonDocument.Parse(Assert.Single(File.ReadAllLines(jsonl)));
        var annotations = json.RootElement.GetProperty("annotations").EnumerateArray().ToList();
        string StateOf(string key) => annotations.Single(a => a.GetProperty("key").GetString() == key).GetProperty("state").GetString()!;
        Assert.Equal(("accepted", "rejected", "pending", "corrected"), (StateOf(person), StateOf(socar), StateOf(wang), StateOf(bankKey)));
        var corrected = annotations.Single(a => a.GetProperty("key").GetString() == bankKey);
        Assert.Equal((asian, bank.End), (corrected.GetProperty("start").GetInt32(), corrected.GetProperty("end").GetInt32()));
        var addedChina = annotations.Single(a => a.GetProperty("origin").GetString() == "reviewer");
        Assert.Equal(("location", china.Start, china.End), (addedChina.GetProperty("kind").GetString(), addedChina.GetProperty("start").GetInt32(), addedChina.GetProperty("end").GetInt32()));
        Assert.All(json.RootElement.GetProperty("decisions").EnumerateArray(), d => Assert.Equal(Reviewer, d.GetProperty("reviewer").GetString()));

        var conll = _dir.File("reviews.conll");
        Assert.Equal(0, await CommandLineApp.Build().Parse(["export", "reviews", "--format", "conll", "--db", Db, "--out", conll]).InvokeAsync());
        var lines = File.ReadAllLines(conll);
        Assert.Contains("Asian _ _ B-ORG", lines);
        Assert.Contains("China _ _ B-LOC", lines);
        Assert.Contains("SOCAR _ _ O", lines);
        Assert.Contains("Rauf _ _ B-PER", lines);
    }

    [ChromiumFact]
    public async Task Article_text_with_script_stays_inert_in_the_browser()
    {
        ReviewSample.Seed(Db, ReviewSample.Hostile());
        var page = await OpenAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.GotoAsync($"/articles/{ReviewSample.HostileId}");
        await Expect(page.Locator("html[data-review-ready=true]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#doc")).ToContainTextAsync("<script>document.title='pwned'</script>");
        await Expect(page.Locator("#article-title")).ToContainTextAsync("<script>alert('title')</script>");
        Assert.NotEqual("pwned", await page.TitleAsync());
        Assert.Equal(0, await page.Locator("#doc script, #doc img").CountAsync());
        Assert.Equal(0, dialogs);
    }

    [ChromiumFact]
    public async Task Screenshot_of_the_article_view_shows_people_organisations_money_and_events()
    {
        var sample = ReviewSample.Record();
        ReviewSample.Seed(Db, sample);
        var store = new SqliteReviewStore(Db);
        var at = new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.Zero);
        foreach (var (action, target) in new[]
        {
            (ReviewActions.Accept, Key("official", "Ilham Aliyev")),
            (ReviewActions.Accept, Key("money", "$1.14 billion")),
            (ReviewActions.Accept, Key("organization", "State Oil Company of Azerbaijan")),
            (ReviewActions.Reject, Key("date", "May 14")),
        })
            store.Add(new ReviewDecision { RecordId = sample.Id, Revision = 1, Target = target, Action = action, Reviewer = Reviewer, DecidedAt = at });

        var page = await OpenAsync(1600, 1200);
        await page.GotoAsync($"/articles/{sample.Id}#{Uri.EscapeDataString(Key("official", "Wang Wentao"))}");
        await Expect(page.Locator("html[data-review-ready=true]")).ToHaveCountAsync(1);
        foreach (var kind in new[] { "person", "official", "organization", "money" })
            await Expect(page.Locator($"#doc mark.k-{kind}").First).ToBeVisibleAsync();
        await Expect(page.Locator("#doc span.ev").First).ToBeVisibleAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");

        var file = Path.Combine(RepoPaths.Root, "out", "screenshots", "article-view.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = false });
        Assert.True(new FileInfo(file).Length > 20_000, "The screenshot is suspiciously small.");
    }

    [ChromiumFact]
    public async Task Screenshot_of_a_corpus_article_in_review()
    {
        var record = CorpusArticle.FromGold(RepoPaths.InRepo("corpus", "gold", "104-moscow-court-arrests-former-deputy-governor.json"));
        Assert.NotEmpty(record.Officials);
        Assert.NotEmpty(record.Money);
        Assert.NotEmpty(record.Events);
        ReviewSample.Seed(Db, record);
        var page = await OpenAsync(1600, 1100);
        await page.GotoAsync($"/articles/{record.Id}");
        await Expect(page.Locator("html[data-review-ready=true]")).ToHaveCountAsync(1);
        foreach (var kind in new[] { "person", "official", "organization", "money" })
            await Expect(page.Locator($"#doc mark.k-{kind}").First).ToBeVisibleAsync();
        await Expect(page.Locator("#doc span.ev").First).ToBeVisibleAsync();
        var file = Path.Combine(RepoPaths.Root, "out", "screenshots", "article-view-corpus.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
    }
}
