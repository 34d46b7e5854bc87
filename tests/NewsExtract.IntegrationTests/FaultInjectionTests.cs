using System.Text;
using Microsoft.AspNetCore.Http;
using NewsExtract.IntegrationTests.Support;
using static NewsExtract.IntegrationTests.Support.SiteContent;

namespace NewsExtract.IntegrationTests;

/// <summary>
/// The worker against a local agency site that misbehaves in every way the issue lists: it must end with exactly
/// one record per real article, none for the broken pages, and nothing new on a second pass unless a page changed.
/// </summary>
public sealed class FaultInjectionTests : IAsyncLifetime, IDisposable
{
    private readonly TestFolder _folder = new();
    private AgencySite _site = null!;
    private InProcessWorker _worker = null!;
    private string _revisedSubject = "harbour reopening";
    private bool _lateItem;

    private static readonly Encoding Windows1251 = GetEncoding(1251);
    private static readonly Encoding Windows1252 = GetEncoding(1252);

    private static Encoding GetEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    public async Task InitializeAsync()
    {
        _site = await AgencySite.StartAsync();
        _worker = new InProcessWorker(_folder.File("out"));
        string U(string path) => _site.Url(path).AbsoluteUri;

        _site.Map("/robots.txt", (c, _) => Write(c, "User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n", "text/plain"));

        // The main RSS feed: good pages and every kind of fault.
        _site.Map("/rss.xml", (c, _) => Write(c, Rss(new[]
        {
            (U("/news/plain"), "Plain"), (U("/news/flaky"), "Flaky"), (U("/news/throttled"), "Throttled"),
            (U("/news/slow"), "Slow"), (U("/news/stalled"), "Stalled"), (U("/news/truncated"), "Truncated"),
            (U("/news/cyrillic"), "Cyrillic"), (U("/news/wrong-charset"), "Wrong charset"), (U("/news/latin"), "Latin"),
            (U("/news/moved"), "Moved"), (U("/news/loop"), "Loop"), (U("/news/huge"), "Huge"),
            (U("/news/always-500"), "Always 500"), (U("/news/gone"), "Gone"), (U("/private/secret"), "Secret"),
            (U("/news/revised"), "Revised"),
        }.Concat(_lateItem ? [(U("/news/late"), "Late")] : [])), "application/rss+xml"));
        _site.Map("/news/late", Html(ArticlePage("Late story", Paragraphs("late session of parliament"))));

        _site.Map("/news/plain", Html(ArticlePage("Summit dates agreed", Paragraphs("summit")), compression: "gzip"));
        _site.Map("/news/flaky", async (c, attempt) =>
        {
            if (attempt < 2) { c.Response.StatusCode = 500; return; }
            await Write(c, ArticlePage("Grain exports rise", Paragraphs("grain export programme")), "text/html; charset=utf-8");
        });
        _site.Map("/news/throttled", async (c, attempt) =>
        {
            if (attempt == 0) { c.Response.StatusCode = 429; c.Response.Headers.RetryAfter = "1"; return; }
            await Write(c, ArticlePage("Rail link opens", Paragraphs("rail link")), "text/html; charset=utf-8");
        });
        _site.Map("/news/slow", async (c, _) =>
        {
            await Task.Delay(300, c.RequestAborted);
            await Write(c, ArticlePage("Bank raises rate", Paragraphs("rate decision")), "text/html; charset=utf-8");
        });
        _site.Map("/news/stalled", async (c, attempt) =>
        {
            var page = Encoding.UTF8.GetBytes(ArticlePage("Port expansion approved", Paragraphs("port expansion")));
            if (attempt == 0)
            {
                // Headers and half the body, then nothing for longer than the attempt timeout.
                c.Response.ContentType = "text/html; charset=utf-8";
                c.Response.ContentLength = page.Length;
                await c.Response.Body.WriteAsync(page.AsMemory(0, page.Length / 2));
                await c.Response.Body.FlushAsync();
                await Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted);
                return;
            }
            await Write(c, Encoding.UTF8.GetString(page), "text/html; charset=utf-8");
        });
        _site.Map("/news/truncated", async (c, attempt) =>
        {
            var page = Encoding.UTF8.GetBytes(ArticlePage("Solar plant connected", Paragraphs("solar plant")));
            if (attempt == 0)
            {
                c.Response.ContentType = "text/html; charset=utf-8";
                c.Response.ContentLength = page.Length;
                await c.Response.Body.WriteAsync(page.AsMemory(0, 200));
                await c.Response.Body.FlushAsync();
                c.Abort();
                return;
            }
            await Write(c, Encoding.UTF8.GetString(page), "text/html; charset=utf-8");
        });
        // Windows-1251 with no charset in the header, only in <meta>.
        _site.Map("/news/cyrillic", Html(ArticlePage("Переговоры в Москве", CyrillicParagraphs("переговоры"), charsetMeta: "windows-1251", lang: "ru"),
            "text/html", Windows1251));
        // The header wrongly claims UTF-8; the page is Windows-1251 and says so in <meta>.
        _site.Map("/news/wrong-charset", Html(ArticlePage("Выставка в Баку", CyrillicParagraphs("выставка"), charsetMeta: "windows-1251", lang: "ru"),
            "text/html; charset=utf-8", Windows1251));
        // Windows-1252 announced as ISO-8859-1, no <meta>.
        _site.Map("/news/latin", Html(ArticlePage("Café owners meet in Zürich", Paragraphs("café owners' meeting in Zürich"), charsetMeta: null),
            "text/html; charset=iso-8859-1", Windows1252));
        _site.Map("/news/moved", (c, _) => { c.Response.StatusCode = 301; c.Response.Headers.Location = "/news/final?from=feed"; return Task.CompletedTask; });
        _site.Map("/news/final", Html(ArticlePage("Bridge completed", Paragraphs("bridge project"), canonical: U("/news/final"))));
        _site.Map("/news/loop", (c, _) => { c.Response.StatusCode = 302; c.Response.Headers.Location = "/news/loop-b"; return Task.CompletedTask; });
        _site.Map("/news/loop-b", (c, _) => { c.Response.StatusCode = 302; c.Response.Headers.Location = "/news/loop"; return Task.CompletedTask; });
        _site.Map("/news/huge", Html(ArticlePage("Huge page", Enumerable.Repeat(new string('x', 1000), 2000))));
        _site.Map("/news/always-500", (c, _) => { c.Response.StatusCode = 503; return Task.CompletedTask; });
        _site.Map("/private/secret", Html(ArticlePage("Secret", Paragraphs("secret plan"))));
        _site.Map("/news/revised", (c, _) => Write(c, ArticlePage("Harbour news", Paragraphs(_revisedSubject)), "text/html; charset=utf-8"));

        // An Atom feed: a brotli-compressed page, and a tracking URL whose canonical is a page already in the RSS feed.
        _site.Map("/atom.xml", Xml(Atom(new[] { (U("/news/atom-only"), "Atom only"), (U("/news/plain?utm_source=atom"), "Plain again") }), "application/atom+xml"));
        _site.Map("/news/atom-only", Html(ArticlePage("Wind farm tender", Paragraphs("wind farm tender")), compression: "br"));
        _site.Map("/news/plain?utm_source=atom", Html(ArticlePage("Summit dates agreed", Paragraphs("summit"), canonical: U("/news/plain"))));

        // A malformed feed: undefined entities, a bare ampersand, and cut off in the middle of the third item.
        _site.Map("/broken.xml", Xml(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Broken &nbsp; feed</title>" +
            $"<item><title>Tea & coffee&mdash;prices</title><link>{U("/news/broken-1")}</link></item>" +
            $"<item><title>Second</title><link>{U("/news/broken-2")}</link></item>" +
            $"<item><title>Third</title><link>{U("/news/broken-3")}</lin", "application/rss+xml"));
        _site.Map("/news/broken-1", Html(ArticlePage("Tea and coffee prices", Paragraphs("tea auction"))));
        _site.Map("/news/broken-2", Html(ArticlePage("Second story", Paragraphs("fisheries agreement"))));
        _site.Map("/news/broken-3", Html(ArticlePage("Third story", Paragraphs("never reached"))));

        // A sitemap index pointing to a news sitemap (which repeats a page from the RSS feed).
        _site.Map("/sitemap.xml", Xml(SitemapIndex(new[] { U("/sitemap-news.xml") })));
        _site.Map("/sitemap-news.xml", Xml(Sitemap(new[] { U("/news/from-sitemap"), U("/news/plain") })));
        _site.Map("/news/from-sitemap", Html(ArticlePage("Airport terminal opens", Paragraphs("airport terminal"))));

        // A listing page whose article links sit in <h2 class="headline">.
        _site.Map("/latest", Html(
            "<html><body><nav><a href=\"/about\">About</a></nav><ul>" +
            "<li><h2 class=\"headline\"><a href=\"/news/from-listing\">Metro line</a></h2></li>" +
            "<li><h2 class=\"headline\"><a href=\"/news/from-listing#comments\">Metro line (comments)</a></h2></li>" +
            "</ul><footer><a href=\"/contact\">Contact</a></footer></body></html>"));
        _site.Map("/news/from-listing", Html(ArticlePage("Metro line extended", Paragraphs("metro extension"))));

        _worker.AddSource("rss", "rss", _site.Url("/rss.xml"));
        _worker.AddSource("atom", "atom", _site.Url("/atom.xml"));
        _worker.AddSource("broken", "feed", _site.Url("/broken.xml"));
        _worker.AddSource("sitemap", "sitemap", _site.Url("/sitemap.xml"));
        _worker.AddSource("listing", "listing", _site.Url("/latest"), ("LinkXPath", "//h2[@class='headline']/a/@href"));
    }

    private static string[] CyrillicParagraphs(string subject) =>
    [
        $"Стороны договорились, что {subject} продолжатся на следующей неделе в столице.",
        $"Министерство сообщило, что {subject} прошли в конструктивной атмосфере.",
    ];

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_worker_ends_with_exactly_the_right_records_despite_every_fault()
    {
        await _worker.RunOnceAsync();
        var records = _worker.Records();
        string U(string path) => _site.Url(path).AbsoluteUri;
        string[] expected =
        [
            U("/news/plain"), U("/news/flaky"), U("/news/throttled"), U("/news/slow"), U("/news/stalled"), U("/news/truncated"),
            U("/news/cyrillic"), U("/news/wrong-charset"), U("/news/latin"), U("/news/final"), U("/news/revised"),
            U("/news/atom-only"), U("/news/broken-1"), U("/news/broken-2"), U("/news/from-sitemap"), U("/news/from-listing"),
        ];
        var because = "\n" + _worker.Logs;
        Assert.True(expected.Order().SequenceEqual(records.Select(r => r.Url).Order()),
            "records: " + string.Join(", ", records.Select(r => r.Url).Order()) + because);
        Assert.All(records, r => Assert.Equal(1, r.Revision));

        Assert.Contains("Стороны договорились, что переговоры", records.Single(r => r.Url == U("/news/cyrillic")).Text);
        Assert.Contains("выставка продолжатся", records.Single(r => r.Url == U("/news/wrong-charset")).Text);
        Assert.Contains("café owners' meeting in Zürich", records.Single(r => r.Url == U("/news/latin")).Text);
        Assert.Contains("bridge project", records.Single(r => r.Url == U("/news/final")).Text);
        Assert.DoesNotContain(records, r => r.Text.Contains("All rights reserved", StringComparison.Ordinal));

        Assert.Equal(3, _site.Hits("/news/flaky"));
        Assert.Equal(2, _site.Hits("/news/throttled"));
        Assert.Equal(0, _site.Hits("/private/secret"));
        Assert.Equal(0, _site.Hits("/news/broken-3"));
        Assert.Equal(4, _site.Hits("/news/always-500"));
        Assert.Equal(1, _site.Hits("/news/huge"));

        // A second pass: the feeds answer 304 to their conditional GET, so no page is fetched again.
        var plainHits = _site.Hits("/news/plain");
        var feedHits = _site.Hits("/rss.xml");
        await _worker.RunOnceAsync();
        Assert.Equal(records.Count, _worker.Records().Count);
        Assert.Equal(feedHits + 1, _site.Hits("/rss.xml"));
        Assert.Equal(plainHits, _site.Hits("/news/plain"));

        // The feed changes (a new item) and one article is revised: pages are asked for again with their validators;
        // the unchanged ones answer 304, the revised one becomes revision 2 of the same id, the new one revision 1.
        _revisedSubject = "harbour reopening, now delayed to spring";
        _lateItem = true;
        await _worker.RunOnceAsync();
        var after = _worker.Records();
        Assert.True(_site.Hits("/news/plain") > plainHits, "\n" + _worker.Logs);
        Assert.Equal(records.Count + 2, after.Count);
        var added = after.Skip(records.Count).OrderBy(r => r.Url, StringComparer.Ordinal).ToList();
        Assert.Equal((U("/news/late"), 1), (added[0].Url, added[0].Revision));
        Assert.Equal((U("/news/revised"), 2), (added[1].Url, added[1].Revision));
        Assert.Contains("delayed to spring", added[1].Text);
    }

    [Fact]
    public async Task Health_reports_the_last_passes_and_a_failing_source_degrades_it()
    {
        _worker.AddSource("missing", "rss", _site.Url("/no-such-feed.xml"));
        await _worker.RunOnceAsync();
        var report = await _worker.HealthAsync();
        var entry = report.Entries["worker"];
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded, report.Status);
        Assert.Contains("source 'missing' failed its last pass", entry.Description);
        Assert.Equal(16L, entry.Data["records"]);
        Assert.Equal(0L, entry.Data["unpublishedRecords"]);
    }
}
