using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;
using NewsExtract.IntegrationTests.Support;
using NewsExtract.Storage.State;
using static NewsExtract.IntegrationTests.Support.SiteContent;

namespace NewsExtract.IntegrationTests;

/// <summary>
/// One agency host that fails in the ways a real one does, crawled with the default HTTP settings (retries,
/// backoff, circuit breaker): every fetchable page must end in the feed within two passes, no healthy URL may be
/// given up, and the host must never see more than its rate + 1 requests in any one second, retries included.
/// A host that is down must be paused, its URLs left queued without an attempt counted.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class HostFaultTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const int RequestsPerSecond = 5;
    private readonly TestFolder _folder = new();
    private AgencySite _site = null!;

    public async Task InitializeAsync() => _site = await AgencySite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private string U(string path) => _site.Url(path).AbsoluteUri;

    // The worker with the production HTTP defaults (only the output folder, the sources and --once are set).
    private InProcessWorker DefaultWorker()
    {
        var worker = new InProcessWorker(_folder.File("out"));
        foreach (var key in worker.Settings.Keys.Where(k => k.StartsWith("NewsExtract:Http:", StringComparison.Ordinal)).ToList())
            worker.Settings.Remove(key);
        worker.Settings.Remove("NewsExtract:QueueCapacity");
        worker.Settings.Remove("NewsExtract:FetchConcurrency");
        return worker;
    }

    private static Func<HttpContext, int, Task> FailingFirst(int failures, Func<HttpContext, Task> fail, string subject) =>
        async (context, attempt) =>
        {
            if (attempt < failures) { await fail(context); return; }
            await Write(context, ArticlePage("Story on " + subject, Paragraphs(subject)), "text/html; charset=utf-8");
        };

    [Fact]
    public async Task Two_passes_fetch_every_fetchable_page_within_the_host_rate_and_give_up_no_healthy_url()
    {
        var healthy = new List<string>();
        void Page(string path, Func<HttpContext, int, Task> handler) { _site.Map(path, handler); healthy.Add(path); }
        for (int i = 0; i < 30; i++) Page($"/clean/{i}", Html(ArticlePage($"Clean story {i}", Paragraphs($"clean topic {i}"))));
        for (int i = 0; i < 6; i++) Page($"/flaky/{i}", FailingFirst(2, c => { c.Response.StatusCode = 500; return Task.CompletedTask; }, $"flaky topic {i}"));
        for (int i = 0; i < 4; i++) Page($"/unavailable/{i}", FailingFirst(1, c => { c.Response.StatusCode = 503; return Task.CompletedTask; }, $"unavailable topic {i}"));
        for (int i = 0; i < 4; i++) Page($"/throttled/{i}", FailingFirst(1, c => { c.Response.StatusCode = 429; c.Response.Headers.RetryAfter = "1"; return Task.CompletedTask; }, $"throttled topic {i}"));
        for (int i = 0; i < 3; i++) Page($"/reset/{i}", FailingFirst(1, c => { c.Abort(); return Task.CompletedTask; }, $"reset topic {i}"));
        for (int i = 0; i < 3; i++) Page($"/truncated/{i}", FailingFirst(1, async c =>
        {
            c.Response.ContentType = "text/html; charset=utf-8";
            c.Response.ContentLength = 5000;
            await c.Response.Body.WriteAsync("<html><body><p>cut"u8.ToArray());
            await c.Response.Body.FlushAsync();
            c.Abort();
        }, $"truncated topic {i}"));
        Assert.Equal(50, healthy.Count);

        // Pages that never load come first in the feed, as when an agency's newest items are not up yet: a burst of
        // failures that must not cost the healthy pages behind them their pass.
        string[] down = ["/down/0", "/down/1", "/down/2", "/down/3", "/down/4", "/down/5"];
        string[] broken = ["/gone/0", "/gone/1", "/loop/a", "/report.pdf", "/huge", "/private/memo"];
        _site.Map("/loop/a", (c, _) => { c.Response.StatusCode = 302; c.Response.Headers.Location = "/loop/b"; return Task.CompletedTask; });
        _site.Map("/loop/b", (c, _) => { c.Response.StatusCode = 302; c.Response.Headers.Location = "/loop/a"; return Task.CompletedTask; });
        _site.Map("/report.pdf", (c, _) => Write(c, "%PDF-1.4 not an article", "application/pdf"));
        _site.Map("/huge", Html(ArticlePage("Huge", Enumerable.Repeat(new string('x', 1000), 6000))));
        _site.Map("/private/memo", Html(ArticlePage("Memo", Paragraphs("internal memo"))));
        foreach (var path in down) _site.Map(path, (c, _) => { c.Response.StatusCode = 503; return Task.CompletedTask; });
        _site.Map("/robots.txt", (c, _) => Write(c, "User-agent: *\nDisallow: /private/\n", "text/plain"));
        _site.Map("/rss.xml", (c, _) => Write(c, Rss(down.Concat(healthy).Concat(broken).Select(p => (U(p), p))), "application/rss+xml"));

        var worker = DefaultWorker();
        worker.AddSource("agency", "rss", _site.Url("/rss.xml"),
            ("MaxRequestsPerSecond", RequestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("MaxConcurrencyPerHost", "2"), ("RevisitAfter", "06:00:00"));
        await worker.RunOnceAsync();
        await worker.RunOnceAsync();

        var because = "\n" + worker.Logs;
        foreach (var line in worker.Logs.Lines.Where(l => l.Contains("paused", StringComparison.Ordinal) || l.Contains("Run totals", StringComparison.Ordinal)))
            output.WriteLine(line);
        output.WriteLine($"most requests in one second: {_site.MostRequestsInOneSecond()} (limit {RequestsPerSecond}/s)");
        var fetched = worker.Records().Select(r => new Uri(r.Url).AbsolutePath).ToHashSet();
        var missing = healthy.Where(p => !fetched.Contains(p)).ToList();
        Assert.True(fetched.Count(healthy.Contains) >= 48, $"fetched {fetched.Count(healthy.Contains)} of 50; missing {string.Join(", ", missing)}{because}");
        Assert.DoesNotContain(worker.Logs.Lines, l => l.Contains("given up", StringComparison.Ordinal) && healthy.Any(p => l.Contains(U(p) + " ", StringComparison.Ordinal)));
        Assert.True(_site.MostRequestsInOneSecond() <= RequestsPerSecond + 1,
            $"{_site.MostRequestsInOneSecond()} requests in one second against a limit of {RequestsPerSecond}/s");
        // Retries were really made (and spaced): every flaky page was asked three times.
        Assert.All(Enumerable.Range(0, 6), i => Assert.Equal(3, _site.Hits($"/flaky/{i}")));
    }

    [Fact]
    public async Task A_host_that_is_down_is_paused_its_urls_stay_queued_without_an_attempt_and_a_later_pass_fetches_them()
    {
        var siteDown = true;
        var paths = Enumerable.Range(0, 24).Select(i => $"/story/{i}").ToList();
        foreach (var (path, i) in paths.Select((p, i) => (p, i)))
            _site.Map(path, async (c, _) =>
            {
                if (siteDown) { c.Response.StatusCode = 503; return; }
                await Write(c, ArticlePage($"Story {i}", Paragraphs($"story topic {i}")), "text/html; charset=utf-8");
            });
        _site.Map("/rss.xml", (c, _) => Write(c, Rss(paths.Select(p => (U(p), p))), "application/rss+xml"));

        var worker = new InProcessWorker(_folder.File("out"));
        worker.Settings["NewsExtract:FetchConcurrency"] = "1";
        worker.Settings["NewsExtract:Http:CircuitBreakerMinimumThroughput"] = "4";
        worker.Settings["NewsExtract:Http:CircuitBreakerBreakDuration"] = "00:05:00";
        worker.AddSource("agency", "rss", _site.Url("/rss.xml"));
        await worker.RunOnceAsync();

        var because = "\n" + worker.Logs;
        Assert.Contains(worker.Logs.Lines, l => l.Contains($"Host {_site.BaseUrl.Authority} paused until", StringComparison.Ordinal));
        using (var store = new SqliteStateStore(Path.Combine(worker.OutputDirectory, "state.db")))
        {
            var frontier = store.Frontier();
            Assert.True(paths.Count == frontier.Count, $"{frontier.Count} of {paths.Count} URLs queued{because}");
            var asked = frontier.Where(f => _site.Hits(new Uri(f.Url).AbsolutePath) > 0).ToList();
            var notAsked = frontier.Where(f => _site.Hits(new Uri(f.Url).AbsolutePath) == 0).ToList();
            Assert.InRange(asked.Count, 1, 6);
            Assert.All(asked, f => Assert.Equal(1, f.Attempts));
            Assert.NotEmpty(notAsked);
            Assert.All(notAsked, f => Assert.Equal(0, f.Attempts));
        }

        siteDown = false;
        await worker.RunOnceAsync();
        Assert.Equal(paths.Count, worker.Records().Count);
    }

    [Fact]
    public async Task Permanent_failures_stay_dropped_until_listed_as_changed_and_a_later_success_clears_a_failure()
    {
        var listedAgainAt = (DateTimeOffset?)null;
        var recovering = true;
        _site.Map("/ok", Html(ArticlePage("Ferry line opens", Paragraphs("ferry line"))));
        _site.Map("/recovering", async (c, _) =>
        {
            if (recovering) { c.Response.StatusCode = 503; return; }
            await Write(c, ArticlePage("Dam inspected", Paragraphs("dam inspection")), "text/html; charset=utf-8");
        });
        _site.Map("/loop/a", (c, _) => { c.Response.StatusCode = 302; c.Response.Headers.Location = "/loop/b"; return Task.CompletedTask; });
        _site.Map("/loop/b", (c, _) => { c.Response.StatusCode = 302; c.Response.Headers.Location = "/loop/a"; return Task.CompletedTask; });
        _site.Map("/report.pdf", (c, _) => Write(c, "%PDF-1.4 not an article", "application/pdf"));
        _site.Map("/private/memo", Html(ArticlePage("Memo", Paragraphs("internal memo"))));
        _site.Map("/robots.txt", (c, _) => Write(c, "User-agent: *\nDisallow: /private/\n", "text/plain"));
        string[] permanent = ["/gone", "/loop/a", "/report.pdf", "/private/memo"];
        // A feed without validators, so every pass lists every item again; /gone is listed with a newer date once it changed.
        _site.Map("/rss.xml", async (c, _) =>
        {
            var items = string.Concat(new[] { "/ok", "/recovering" }.Concat(permanent).Select(p =>
            {
                var date = p == "/gone" && listedAgainAt is { } d ? d : new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);
                return $"<item><title>{p}</title><link>{U(p)}</link><pubDate>{date.ToString("r", System.Globalization.CultureInfo.InvariantCulture)}</pubDate></item>";
            }));
            c.Response.ContentType = "application/rss+xml";
            await c.Response.WriteAsync($"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Agency</title>{items}</channel></rss>");
        });

        var worker = new InProcessWorker(_folder.File("out"));
        worker.AddSource("agency", "rss", _site.Url("/rss.xml"), ("RevisitAfter", "06:00:00"));
        await worker.RunOnceAsync();
        var hitsAfterFirst = permanent.ToDictionary(p => p, _site.Hits);
        Assert.All(permanent, p => Assert.True(p == "/private/memo" ? hitsAfterFirst[p] == 0 : hitsAfterFirst[p] >= 1, p));
        using (var store = new SqliteStateStore(Path.Combine(worker.OutputDirectory, "state.db")))
        {
            var failures = store.Failures();
            Assert.All(permanent, p => Assert.True(failures.Single(f => f.Input == U(p)).Permanent, p));
            Assert.False(failures.Single(f => f.Input == U("/recovering")).Permanent);
        }

        recovering = false;
        await worker.RunOnceAsync();
        await worker.RunOnceAsync();
        Assert.All(permanent, p => Assert.Equal(hitsAfterFirst[p], _site.Hits(p)));
        using (var store = new SqliteStateStore(Path.Combine(worker.OutputDirectory, "state.db")))
        {
            Assert.DoesNotContain(store.Failures(), f => f.Input == U("/recovering"));
            Assert.Equal(permanent.Length, store.Failures().Count);
        }
        Assert.Equal(2, worker.Records().Count);

        // The source lists /gone again with a date after its failure: it is asked for once more, and now exists.
        _site.Map("/gone", Html(ArticlePage("Back again", Paragraphs("returned page"))));
        listedAgainAt = DateTimeOffset.UtcNow.AddMinutes(1);
        await worker.RunOnceAsync();
        Assert.Equal(hitsAfterFirst["/gone"] + 1, _site.Hits("/gone"));
        Assert.Equal(3, worker.Records().Count);
        using (var store = new SqliteStateStore(Path.Combine(worker.OutputDirectory, "state.db")))
            Assert.DoesNotContain(store.Failures(), f => f.Input == U("/gone"));
    }
}
