using System.Text.Json;
using Microsoft.Playwright;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Tests.Review;
using NewsExtract.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsExtract.BrowserTests;

/// <summary>
/// Corrections in the edit panel that must stay within the record's vocabularies: a money amount's change is picked
/// from the schema's list (increase, decrease, none), an extracted value outside the list is shown as it is and kept
/// until the analyst picks another; an event's status (occurred, planned, cancelled) is set with its place and date;
/// what is saved reaches the reviewed record.
/// </summary>
public sealed class ReviewCorrectionsBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
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

    private async Task<IPage> OpenArticleAsync(string id)
    {
        _server = await ReviewServer.StartAsync(Db, reviewer: "desk-analyst");
        _context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        var page = await _context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync($"/articles/{id}");
        await Expect(page.Locator("html[data-review-ready=true]")).ToHaveCountAsync(1);
        return page;
    }

    private static async Task EditAsync(IPage page, string key)
    {
        await page.Locator($"#doc [data-key=\"{key}\"]").First.ClickAsync();
        await page.Keyboard.PressAsync("e");
        await Expect(page.Locator("#editor")).ToBeVisibleAsync();
    }

    private static Task<string[]> ChangeOptionsAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('#ed-change option')).map(o => o.value)");

    private static async Task<JsonElement> ReviewedMoneyAsync(IPage page, string id, string text)
    {
        var reviewed = await page.EvaluateAsync<JsonElement>($"async () => await (await fetch('/api/articles/{id}/reviewed')).json()");
        return reviewed.GetProperty("money").EnumerateArray().Single(m => m.GetProperty("text").GetString() == text);
    }

    [ChromiumFact]
    public async Task A_money_change_is_picked_from_the_schemas_vocabulary_and_reaches_the_reviewed_record()
    {
        var seed = SeedLikeArticle.Record();
        ReviewSample.Seed(Db, seed);
        var page = await OpenArticleAsync(seed.Id);
        var turnover = SeedLikeArticle.All("$4.2 billion")[0];
        var turnoverKey = $"money:{turnover.Start}-{turnover.End}";

        // Extracted before the vocabulary: "up 18.5 percent" shows as it is, next to the list's values.
        await EditAsync(page, turnoverKey);
        Assert.Equal("SELECT", await page.Locator("#ed-change").EvaluateAsync<string>("e => e.tagName"));
        var options = await ChangeOptionsAsync(page);
        Assert.Equal(["", .. ChangeDirections.All, "up 18.5 percent"], options);
        await Expect(page.Locator("#ed-change")).ToHaveValueAsync("up 18.5 percent");
        // Correcting another field leaves it alone (the server would refuse it as a new value).
        await page.Locator("#ed-period").FillAsync("2024");
        await page.Locator("#ed-save").ClickAsync();
        var row = page.Locator($"#table-money tr[data-key=\"{turnoverKey}\"]");
        await Expect(row).ToContainTextAsync("2024");
        await Expect(page.Locator("#toast.error")).ToHaveCountAsync(0);

        // Picking from the list: the extracted wording is replaced by "increase".
        await EditAsync(page, turnoverKey);
        await page.Locator("#ed-change").SelectOptionAsync(ChangeDirections.Increase);
        await page.Locator("#ed-save").ClickAsync();
        await Expect(row).ToContainTextAsync(ChangeDirections.Increase);
        var money = await ReviewedMoneyAsync(page, seed.Id, "$4.2 billion");
        Assert.Equal((ChangeDirections.Increase, "2024"), (money.GetProperty("change").GetString(), money.GetProperty("period").GetString()));

        // An amount with no change gets only the list, and the choice can be taken back to none.
        var imports = SeedLikeArticle.All("$3.1 billion")[0];
        await EditAsync(page, $"money:{imports.Start}-{imports.End}");
        options = await ChangeOptionsAsync(page);
        Assert.Equal(["", .. ChangeDirections.All], options);
        await page.Locator("#ed-change").SelectOptionAsync(ChangeDirections.Decrease);
        await page.Locator("#ed-save").ClickAsync();
        await Expect(page.Locator($"#table-money tr[data-key=\"money:{imports.Start}-{imports.End}\"]")).ToContainTextAsync(ChangeDirections.Decrease);
        Assert.Equal(ChangeDirections.Decrease, (await ReviewedMoneyAsync(page, seed.Id, "$3.1 billion")).GetProperty("change").GetString());
        await EditAsync(page, turnoverKey);
        options = await ChangeOptionsAsync(page);
        Assert.Equal(["", .. ChangeDirections.All], options);   // the extracted wording was replaced: no option left for it
        await page.Locator("#ed-change").SelectOptionAsync("");
        await page.Locator("#ed-save").ClickAsync();
        await Expect(row).Not.ToContainTextAsync(ChangeDirections.Increase);
        Assert.Equal(JsonValueKind.Null, (await ReviewedMoneyAsync(page, seed.Id, "$4.2 billion")).GetProperty("change").ValueKind);
    }

    [ChromiumFact]
    public async Task An_events_status_place_and_date_are_corrected_in_the_edit_panel_and_stay_after_a_reload()
    {
        var seed = SeedLikeArticle.Record();
        ReviewSample.Seed(Db, seed);
        var page = await OpenArticleAsync(seed.Id);
        var planned = seed.Events.Single(e => e.Sentence.Text.StartsWith("Azerbaijan and Russia will hold", StringComparison.Ordinal));
        var key = $"event:{planned.Sentence.Start}-{planned.Sentence.End}:{planned.Type}";

        await page.Locator($"#table-events tr[data-key=\"{key}\"] td").First.ClickAsync();
        await page.Keyboard.PressAsync("e");
        await Expect(page.Locator("#ed-status")).ToBeVisibleAsync();
        await Expect(page.Locator("#ed-status")).ToHaveValueAsync("");   // the seed, shaped like a version-2 line, states none
        var statuses = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('#ed-status option')).map(o => o.value)");
        Assert.Equal(["", .. EventStatuses.All], statuses);
        await Expect(page.Locator("#ed-location")).ToHaveValueAsync("Moscow");
        await page.Locator("#ed-status").SelectOptionAsync(EventStatuses.Planned);
        await page.Locator("#ed-location").FillAsync("Kazan");
        await page.Locator("#ed-when").FillAsync("2025-11");
        await page.Locator("#ed-save").ClickAsync();

        var row = page.Locator($"#table-events tr[data-key=\"{key}\"]");
        await Expect(row).ToContainTextAsync(EventStatuses.Planned);
        await Expect(row).ToContainTextAsync("Kazan");
        await Expect(row).ToContainTextAsync("2025-11");
        var reviewed = await page.EvaluateAsync<JsonElement>($"async () => await (await fetch('/api/articles/{seed.Id}/reviewed')).json()");
        var edited = reviewed.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("sentence").GetProperty("start").GetInt32() == planned.Sentence.Start);
        Assert.Equal((EventStatuses.Planned, "Kazan", "2025-11"),
            (edited.GetProperty("status").GetString(), edited.GetProperty("location").GetString(), edited.GetProperty("date").GetString()));
        // Events nobody gave a status to have none in the reviewed record (version 3 writes the null).
        Assert.All(reviewed.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("sentence").GetProperty("start").GetInt32() != planned.Sentence.Start),
            e => Assert.Equal(JsonValueKind.Null, e.GetProperty("status").ValueKind));

        // After a reload the editor opens with the saved status.
        await page.ReloadAsync();
        await Expect(page.Locator("html[data-review-ready=true]")).ToHaveCountAsync(1);
        await page.Locator($"#table-events tr[data-key=\"{key}\"] td").First.ClickAsync();
        await page.Keyboard.PressAsync("e");
        await Expect(page.Locator("#ed-status")).ToHaveValueAsync(EventStatuses.Planned);
        await Expect(page.Locator("#ed-location")).ToHaveValueAsync("Kazan");
    }
}
