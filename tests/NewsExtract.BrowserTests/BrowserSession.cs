using Microsoft.Playwright;

namespace NewsExtract.BrowserTests;

/// <summary>
/// One Playwright driver and one headless Chromium shared by the browser tests of a class (an xunit class
/// fixture), launched with the settings that work on a closed network: the system Chromium, no sandbox (root in
/// CI), no DNS lookups except for the local server.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public static string ChromiumPath => Environment.GetEnvironmentVariable("NEWSEXTRACT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started (is Chromium installed?).");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath)) return;   // the tests skip themselves
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = 60_000,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
