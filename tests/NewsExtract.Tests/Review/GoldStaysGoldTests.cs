using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>
/// The gold set (corpus/gold) measures the models, so the worker's default settings must never feed it into the
/// review database, from which <c>train ner --include-reviews</c> would learn it.
/// </summary>
public sealed class GoldStaysGoldTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Envelope(string title, string text) =>
        $$"""{ "title": "{{title}}", "text": "{{text}}", "publishedAt": "2024-02-01T10:00:00+04:00", "source": "Trend" }""";

    [Fact]
    public async Task Run_once_on_the_default_settings_reads_the_demo_articles_and_not_the_gold_set()
    {
        Directory.CreateDirectory(_dir.File("corpus/articles"));
        Directory.CreateDirectory(_dir.File("corpus/gold"));
        File.WriteAllText(_dir.File("corpus/articles/demo.json"), Envelope("Demo", "Baku hosted a meeting of transport ministers on Monday."));
        File.WriteAllText(_dir.File("corpus/gold/held-out.json"), Envelope("Held out", "Tashkent opened a new textile plant worth $5 million."));

        var result = await CliRunner.RunAsync(_dir.Path, null, "run", "--once");

        Assert.True(result.ExitCode == 0, result.StdOut + result.StdErr);
        var lines = Directory.GetFiles(_dir.File("out/feed"), "articles-*.jsonl").SelectMany(File.ReadAllLines).ToArray();
        var line = Assert.Single(lines);
        Assert.Contains("\"title\":\"Demo\"", line);
        Assert.DoesNotContain(lines, l => l.Contains("Held out", StringComparison.Ordinal));
    }
}
