using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsExtract.IntegrationTests.Support;
using NewsExtract.Storage.State;
using static NewsExtract.IntegrationTests.Support.SiteContent;

namespace NewsExtract.IntegrationTests;

/// <summary>
/// A sitemap that lists a section front and a forum thread beside two stories: the worker writes records for the
/// stories only, records the other two as "not_article" with the classifier's reason (in the state and in health),
/// and does not fetch them again on the next pass.
/// </summary>
public sealed class NotAnArticleTests : IAsyncLifetime, IDisposable
{
    private readonly TestFolder _folder = new();
    private AgencySite _site = null!;

    public async Task InitializeAsync() => _site = await AgencySite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private string U(string path) => _site.Url(path).AbsoluteUri;

    [Fact]
    public async Task Pages_that_are_not_articles_give_no_record_and_are_recorded_with_their_reason()
    {
        string[] stories = ["/news/2026/11/20/port-record", "/news/2026/11/20/bridge-opens"];
        string[] others = ["/economy", "/board/threads/77"];
        _site.Map("/sitemap.xml", Xml(Sitemap(stories.Concat(others).Select(U))));
        _site.Map(stories[0], Html(ArticlePage("Port handles record cargo", Paragraphs("record cargo season at the port"))));
        _site.Map(stories[1], Html(ArticlePage("New bridge opens to traffic", Paragraphs("bridge opening"))));
        _site.Map(others[0], Html(NonArticlePages.SectionFront()));
        _site.Map(others[1], Html(NonArticlePages.ForumThread()));

        var worker = new InProcessWorker(_folder.File("out"));
        worker.AddSource("agency", "sitemap", _site.Url("/sitemap.xml"), ("RevisitAfter", "06:00:00"));
        await worker.RunOnceAsync();

        var because = "\n" + worker.Logs;
        Assert.True(stories.Select(U).Order().SequenceEqual(worker.Records().Select(r => r.Url).Order()),
            "records: " + string.Join(", ", worker.Records().Select(r => r.Url)) + because);
        using (var store = new SqliteStateStore(Path.Combine(worker.OutputDirectory, "state.db")))
        {
            var failures = store.Failures();
            Assert.Equal(others.Length, failures.Count);
            Assert.All(others, p =>
            {
                var failure = failures.Single(f => f.Input == U(p));
                Assert.True(failure.Permanent, p);
                Assert.StartsWith("not_article: article score ", failure.Reason, StringComparison.Ordinal);
            });
        }
        var health = await worker.HealthAsync();
        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.Equal(2L, health.Entries.Values.Single().Data["failed:not_article"]);

        // The next pass asks for none of them again: the sitemap answers 304, and the refused pages are not retried.
        var hits = others.ToDictionary(p => p, _site.Hits);
        await worker.RunOnceAsync();
        Assert.All(others, p => Assert.Equal(hits[p], _site.Hits(p)));
        Assert.Equal(stories.Length, worker.Records().Count);
    }
}
