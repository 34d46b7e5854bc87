using System.Text;
using System.Text.Json;
using NewsExtract.IntegrationTests.Support;
using static NewsExtract.IntegrationTests.Support.SiteContent;

namespace NewsExtract.IntegrationTests;

/// <summary>
/// Kills the real worker process in the middle of a run against a slowed agency site, tears the last feed line as
/// a kill during a write would, restarts it, and checks the feed holds every article exactly once, every line whole.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Articles = 30;
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task After_a_kill_mid_run_and_a_restart_the_feed_holds_every_article_exactly_once()
    {
        await using var site = await AgencySite.StartAsync();
        var urls = Enumerable.Range(1, Articles).Select(i => site.Url($"/news/story-{i}").AbsoluteUri).ToArray();
        site.Map("/rss.xml", Xml(Rss(urls.Select((u, i) => (u, $"Story {i + 1}"))), "application/rss+xml"));
        for (int i = 1; i <= Articles; i++)
        {
            var page = ArticlePage($"Story {i}", Paragraphs($"project number {i}"));
            site.Map($"/news/story-{i}", async (context, _) =>
            {
                await Task.Delay(150, context.RequestAborted);
                await Write(context, page, "text/html; charset=utf-8");
            });
        }
        var output = _folder.File("out");
        var config = _folder.File("worker.json");
        File.WriteAllText(config, JsonSerializer.Serialize(new
        {
            NewsExtract = new
            {
                OutputDirectory = output,
                FetchConcurrency = 2,
                QueueCapacity = 2,
                Http = new { AttemptTimeout = "00:00:02", TotalTimeout = "00:00:10", RetryBaseDelay = "00:00:00.050", RetryMaxDelay = "00:00:00.200" },
                Sources = new[]
                {
                    new { Name = "agency", Type = "rss", Url = site.Url("/rss.xml").AbsoluteUri, Path = "", MaxRequestsPerSecond = 100, MaxConcurrencyPerHost = 2, RevisitAfter = "00:00:00" },
                },
            },
        }));
        var feedFolder = Path.Combine(output, "feed");

        using (var first = WorkerProcess.Start(_folder.Path, "run", "--config", config))
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (CountLines(feedFolder) < 6 && DateTime.UtcNow < deadline && !first.HasExited)
                await Task.Delay(50);
            Assert.False(first.HasExited, "the worker exited early:\n" + first.Output);
            first.Kill();
            Assert.True(CountLines(feedFolder) < Articles, "the worker finished before it could be killed mid-run");
        }

        // What a kill in the middle of an append leaves behind: a torn last line past the committed length.
        var feedFile = Directory.GetFiles(feedFolder, "articles-*.jsonl").Single();
        File.AppendAllText(feedFile, "{\"schemaVersion\":1,\"id\":\"torn");

        using (var second = WorkerProcess.Start(_folder.Path, "run", "--once", "--config", config))
        {
            var exit = await second.WaitForExitAsync(TimeSpan.FromSeconds(90));
            Assert.True(exit == 0, second.Output);
        }

        var bytes = File.ReadAllBytes(feedFile);
        Assert.Equal((byte)'\n', bytes[^1]);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var seen = lines.Select(line =>
        {
            using var record = JsonDocument.Parse(line);
            return record.RootElement.GetProperty("url").GetString()!;
        }).ToList();
        Assert.Equal(urls.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(feedFolder, "manifest.json")));
        var entry = manifest.RootElement.GetProperty("files")[0];
        Assert.Equal(bytes.Length, entry.GetProperty("bytes").GetInt64());
        Assert.Equal(Articles, entry.GetProperty("lines").GetInt64());
    }

    private static int CountLines(string feedFolder)
    {
        if (!Directory.Exists(feedFolder)) return 0;
        int count = 0;
        foreach (var file in Directory.GetFiles(feedFolder, "articles-*.jsonl"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            int b;
            while ((b = stream.ReadByte()) >= 0) if (b == '\n') count++;
        }
        return count;
    }
}
