using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsExtract.Tests.Review;
using NewsExtract.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsExtract.BrowserTests;

/// <summary>
/// The API-key login form in a real browser: its POST carries the page's token and the page's real origin (the
/// server refuses a missing token and a foreign or "null" origin), so a wrong key is told apart and the right one lets
/// the reviewer in.
/// </summary>
public sealed class ApiKeyLoginBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private const string Key = "correct-horse-battery";
    private readonly TempDirectory _dir = new();
    private ReviewServer? _server;
    private IBrowserContext? _context;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
        _dir.Dispose();
    }

    [ChromiumFact]
    public async Task A_wrong_key_is_refused_on_the_page_and_the_right_one_opens_the_list()
    {
        var db = _dir.File("state.db");
        ReviewSample.Seed(db, ReviewSample.Record());
        _server = await ReviewServer.StartAsync(db, apiKey: Key);
        _context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.BaseAddress.ToString() });
        var page = await _context.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        await page.GotoAsync("/");
        await page.WaitForURLAsync(new Regex("/login$"));
        await page.Locator("#key").FillAsync("not-the-key-at-all");
        await page.Locator("#key").PressAsync("Enter");
        await Expect(page.Locator(".error")).ToHaveTextAsync("That key is not right.");

        await page.Locator("#key").FillAsync(Key);
        await page.Locator("#key").PressAsync("Enter");
        // the list's row is awaited below: waiting for the page's load event too only adds a race on a busy machine
        await page.WaitForURLAsync(new Regex("/$"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await Expect(page.Locator($"tr[data-id=\"{ReviewSample.Id}\"]")).ToHaveCountAsync(1);
    }
}
