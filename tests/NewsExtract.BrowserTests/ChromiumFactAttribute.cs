namespace NewsExtract.BrowserTests;

/// <summary>
/// A fact that drives a real headless Chromium (Debian's <c>chromium</c> package at /usr/bin/chromium, or the path in
/// NEWSEXTRACT_CHROMIUM). Where none is installed, as on a user's machine, the test is skipped with a message
/// saying how to get one; CI installs it in .ci/run.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(BrowserSession.ChromiumPath))
            Skip = $"Needs Chromium at {BrowserSession.ChromiumPath} (apt-get install chromium, or set NEWSEXTRACT_CHROMIUM); not installed here.";
    }
}
