using System.IO.Compression;
using System.Text;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

public sealed class EvaluateHtmlCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string ArticlePage = """
        <html lang="en"><head><title>Harbour council approves ferry link | Coastline Daily</title>
        <meta property="og:title" content="Harbour council approves ferry link">
        <meta property="article:published_time" content="2024-05-14T08:30:00+02:00">
        <meta name="author" content="Mira Holt"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Harbour council approves ferry link</h1>
        <p>The harbour council voted on Tuesday to fund a ferry link between the old pier and the island, a plan debated for a decade.</p>
        <p>Councillors said the service, which will run every forty minutes, should start next spring once the landing stage is rebuilt.</p>
        </article><footer>Copyright Coastline Daily</footer></body></html>
        """;

    private void WriteWcxbPage(string folder, string id, string type, string html, string truthJson)
    {
        Directory.CreateDirectory(Path.Combine(folder, "html"));
        Directory.CreateDirectory(Path.Combine(folder, "ground-truth"));
        using (var gz = new GZipStream(File.Create(Path.Combine(folder, "html", id + ".html.gz")), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes(html));
        File.WriteAllText(Path.Combine(folder, "ground-truth", id + ".json"),
            $$$"""{"url":"https://coastline.example/news/{{{id}}}","_internal":{"page_type":{"primary":"{{{type}}}"}},"ground_truth":""" + truthJson + "}");
    }

    [Fact]
    public async Task Scores_body_per_page_type_and_metadata_on_a_wcxb_shaped_folder()
    {
        var folder = _dir.File("wcxb");
        WriteWcxbPage(folder, "0001", "article", ArticlePage, """
            {"title":"Harbour council approves ferry link","author":"Mira Holt","publish_date":"2024-05-14",
             "main_content":"The harbour council voted on Tuesday to fund a ferry link between the old pier and the island, a plan debated for a decade.\n\nCouncillors said the service, which will run every forty minutes, should start next spring once the landing stage is rebuilt."}
            """);
        WriteWcxbPage(folder, "0002", "forum", "<html><body><div>nothing here <b>at all", """
            {"title":"Ferry timetable question","author":"","publish_date":"","main_content":"When does the first ferry leave on Sundays in winter?"}
            """);
        var perPage = _dir.File("pages.tsv");

        var result = await CliRunner.RunAsync(_dir.Path, null, "evaluate", "html", "--data", "wcxb:" + folder, "--per-page", perPage);

        Assert.True(result.ExitCode == 0, result.StdOut + result.StdErr);
        var lines = result.StdOut.Split('\n');
        var article = lines.Single(l => l.StartsWith("article ", StringComparison.Ordinal));
        Assert.Contains("1.000", article); // body F1 and the three metadata fields are all right
        Assert.Contains(lines, l => l.StartsWith("forum ", StringComparison.Ordinal) && l.Contains("0.000", StringComparison.Ordinal));
        var rows = File.ReadAllLines(perPage);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("0002\tforum", rows[1]); // worst body first
    }

    [Fact]
    public async Task An_unknown_benchmark_prefix_is_a_clear_error()
    {
        var result = await CliRunner.RunAsync(_dir.Path, null, "evaluate", "html", "--data", "cleaneval:" + _dir.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("aeb:DIR or wcxb:DIR", result.StdErr);
    }
}
