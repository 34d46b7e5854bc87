using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

public sealed class RunCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Envelope(string title, string text) =>
        $$"""{ "title": "{{title}}", "text": "{{text}}", "publishedAt": "2019-03-01T10:00:00+03:00", "source": "TASS" }""";

    private string[] FeedLines() =>
        Directory.GetFiles(_dir.File("out/feed"), "articles-*.jsonl").SelectMany(File.ReadAllLines).ToArray();

    [Fact]
    public async Task Once_writes_one_record_per_article_and_a_second_run_writes_none_until_an_article_changes()
    {
        var corpus = Directory.CreateDirectory(_dir.File("corpus/articles/nested")).Parent!.FullName;
        File.WriteAllText(Path.Combine(corpus, "one.json"), Envelope("One", "Moscow, 1 March -- Exports grew to RUB 5 billion."));
        File.WriteAllText(Path.Combine(corpus, "nested", "two.json"), Envelope("Two", "The talks were held in Baku."));
        File.WriteAllText(Path.Combine(corpus, "broken.json"), "{");

        var first = await CliRunner.RunAsync(_dir.Path, null, "run", "--once");
        Assert.True(first.ExitCode == 0, first.StdOut + first.StdErr);
        var lines = FeedLines();
        Assert.Equal(2, lines.Length);
        foreach (var line in lines) RecordSchema.AssertValid(line);

        var second = await CliRunner.RunAsync(_dir.Path, null, "run", "--once");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(lines, FeedLines());

        File.WriteAllText(Path.Combine(corpus, "one.json"), Envelope("One", "Moscow, 1 March -- Exports grew to RUB 6 billion."));
        var third = await CliRunner.RunAsync(_dir.Path, null, "run", "--once");
        Assert.Equal(0, third.ExitCode);
        var after = FeedLines();
        Assert.Equal(3, after.Length);
        Assert.Contains("\"revision\":2", after[2]);
        Assert.Contains("RUB 6 billion", after[2]);
    }

    [Fact]
    public async Task Invalid_configuration_is_refused_with_a_clear_error()
    {
        var result = await CliRunner.RunAsync(_dir.Path, new Dictionary<string, string> { ["NewsExtract__Cron"] = "every minute" }, "run", "--once");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("not a valid cron expression", result.StdErr + result.StdOut);
        Assert.Contains("does not exist", result.StdErr + result.StdOut);
    }
}
