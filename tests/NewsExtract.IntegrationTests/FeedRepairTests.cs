using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsExtract.IntegrationTests.Support;
using static NewsExtract.IntegrationTests.Support.SiteContent;

namespace NewsExtract.IntegrationTests;

/// <summary>
/// A feed file cut below its committed length (a restore from an old copy, a disk problem): health says so, and the
/// next run rebuilds it from the outbox (no NUL padding), appends the new records, and leaves the manifest equal to
/// the file.
/// </summary>
public sealed class FeedRepairTests : IAsyncLifetime, IDisposable
{
    private readonly TestFolder _folder = new();
    private AgencySite _site = null!;
    private int _items = 6;

    public async Task InitializeAsync()
    {
        _site = await AgencySite.StartAsync();
        for (int i = 0; i < 10; i++)
            _site.Map($"/news/{i}", Html(ArticlePage($"Story {i}", Paragraphs($"repair topic {i}"))));
        _site.Map("/rss.xml", (c, _) => Write(c, Rss(Enumerable.Range(0, _items).Select(i => (_site.Url($"/news/{i}").AbsoluteUri, $"Story {i}"))), "application/rss+xml"));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.0)]
    public async Task A_feed_file_cut_short_is_reported_then_rebuilt_without_NUL_bytes(double keep)
    {
        var worker = new InProcessWorker(_folder.File("out"));
        worker.AddSource("agency", "rss", _site.Url("/rss.xml"));
        await worker.RunOnceAsync();
        var feedFolder = Path.Combine(worker.OutputDirectory, "feed");
        var file = Directory.GetFiles(feedFolder, "articles-*.jsonl").Single();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(int)(bytes.Length * keep)]);

        var broken = await worker.HealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, broken.Status);
        Assert.Contains("shorter", broken.Entries["worker"].Description);

        _items = 10;
        await worker.RunOnceAsync();
        var after = File.ReadAllBytes(file);
        Assert.DoesNotContain((byte)0, after);
        var lines = File.ReadAllLines(file);
        foreach (var line in lines) JsonDocument.Parse(line).Dispose();
        Assert.Equal(10, lines.Length);
        Assert.Equal(10, worker.Records().Select(r => r.Url).Distinct().Count());

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(feedFolder, "manifest.json")));
        var entry = manifest.RootElement.GetProperty("files").EnumerateArray().Single();
        Assert.Equal(after.LongLength, entry.GetProperty("bytes").GetInt64());
        Assert.Equal(lines.LongLength, entry.GetProperty("lines").GetInt64());
        Assert.Equal(HealthStatus.Healthy, (await worker.HealthAsync()).Status);
    }
}
