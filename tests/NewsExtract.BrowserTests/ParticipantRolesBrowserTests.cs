using Microsoft.Playwright;
using NewsExtract.Core.Records;
using NewsExtract.Tests.Review;
using NewsExtract.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsExtract.BrowserTests;

/// <summary>
/// End-to-end in headless Chromium: an analyst changes an event participant's role by its labelled list, adds a
/// participant with a role picked beside its name, and finds both in the page's JSONL export of the reviews and of
/// the reviewed records; the editor is saved as <c>out/screenshots/role-editor.png</c>.
/// </summary>
public sealed class ParticipantRolesBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
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

    [ChromiumFact]
    public async Task A_role_changed_and_a_participant_added_with_a_role_reach_the_export()
    {
        var record = ReviewSample.Record();
        ReviewSample.Seed(Db, record);
        _server = await ReviewServer.StartAsync(Db, reviewer: "ann");
        _context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        var page = await _context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync($"/articles/{record.Id}");
        await Expect(page.Locator("html[data-review-ready=true]")).ToHaveCountAsync(1);

        var meeting = record.Events[0];
        var key = $"event:{meeting.Sentence.Start}-{meeting.Sentence.End}:Meeting";
        await page.Locator($"#table-events tr[data-key=\"{key}\"] td").First.ClickAsync();
        await page.Keyboard.PressAsync("e");
        await Expect(page.Locator("#editor")).ToBeVisibleAsync();

        // The models' role is preselected; the analyst picks another from the list labelled with the name.
        var wangRole = page.GetByLabel("Role of Wang Wentao", new() { Exact = true });
        await Expect(wangRole).ToHaveValueAsync(EventRoles.Counterpart);
        await wangRole.SelectOptionAsync(EventRoles.Host);
        // A participant added by name, with its role chosen beside the name field, by keyboard.
        await page.Locator("#ed-participant-new").FillAsync("Asian Infrastructure Investment Bank");
        await page.GetByLabel("Role of the participant to add").SelectOptionAsync(EventRoles.Beneficiary);
        await page.Locator("#ed-participant-new").PressAsync("Enter");
        await Expect(page.GetByLabel("Role of Asian Infrastructure Investment Bank", new() { Exact = true })).ToHaveValueAsync(EventRoles.Beneficiary);
        // Every field fits the editor's width (a row of name, role and button once pushed the whole form past its edge).
        var widths = await page.Locator("#editor").EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the editor scrolls sideways: content {widths[0]} px wide in {widths[1]} px.");
        // The editor with each participant's role beside its name, for the record of what analysts see.
        var shot = Path.Combine(RepoPaths.Root, "out", "screenshots", "role-editor.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.Locator("#editor").ScreenshotAsync(new LocatorScreenshotOptions { Path = shot });
        Assert.True(new FileInfo(shot).Length > 0);
        await page.Locator("#ed-save").ClickAsync();

        var row = page.Locator($"#table-events tr[data-key=\"{key}\"]");
        await Expect(row).ToContainTextAsync("Wang Wentao (host)");
        await Expect(row).ToContainTextAsync("Asian Infrastructure Investment Bank (beneficiary)");
        await Expect(row).ToContainTextAsync("Ilham Aliyev (agent)");

        // The export buttons' files: the review with the decision and its roles, and the reviewed record.
        var reviews = await page.EvaluateAsync<string>("async () => await (await fetch('/export/reviews.jsonl')).text()");
        Assert.Contains("\"roles\":{\"Ilham Aliyev\":\"agent\",\"Wang Wentao\":\"host\",\"Asian Infrastructure Investment Bank\":\"beneficiary\"}", reviews);
        var records = await page.EvaluateAsync<string>("async () => await (await fetch('/export/reviews.jsonl?records=true')).text()");
        var reviewed = RecordSerializer.FromJson(records.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single());
        var refs = reviewed.Events.Single(e => e.Sentence.Start == meeting.Sentence.Start).ParticipantRefs.ToDictionary(r => r.Name, r => r.Role);
        Assert.Equal(EventRoles.Host, refs["Wang Wentao"]);
        Assert.Equal(EventRoles.Beneficiary, refs["Asian Infrastructure Investment Bank"]);
        Assert.Equal(EventRoles.Agent, refs["Ilham Aliyev"]);

        // Wang dropped, then ticked again: the editor offers "other", not the host role he had before, and it is saved so.
        await page.Locator($"#table-events tr[data-key=\"{key}\"] td").First.ClickAsync();
        await page.Keyboard.PressAsync("e");
        await page.Locator("#ed-participants input[value=\"Wang Wentao\"]").UncheckAsync();
        await page.Locator("#ed-save").ClickAsync();
        await Expect(row).Not.ToContainTextAsync("Wang Wentao");
        await page.Locator($"#table-events tr[data-key=\"{key}\"] td").First.ClickAsync();
        await page.Keyboard.PressAsync("e");
        await Expect(page.GetByLabel("Role of Wang Wentao", new() { Exact = true })).ToHaveValueAsync(EventRoles.Other);
        await page.Locator("#ed-participants input[value=\"Wang Wentao\"]").CheckAsync();
        await page.Locator("#ed-save").ClickAsync();
        await Expect(row).ToContainTextAsync("Wang Wentao (other)");
        await page.Locator("#history summary").ClickAsync();
        await Expect(page.Locator("#history li").Last).ToContainTextAsync("role of Wang Wentao → host");
    }
}
