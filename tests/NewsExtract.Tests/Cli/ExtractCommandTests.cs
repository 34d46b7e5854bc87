using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string ValidArticle = """
        { "title": "Ministers meet", "url": "https://agency.example/2018/09/10/talks",
          "publishedAt": "2018-09-10T12:30:00+04:00", "source": "Trend",
          "text": "BAKU, Azerbaijan, Sept. 10 / Trend / Trade between the two countries reached $1.3 billion in January-July 2018, up 7.89 percent." }
        """;

    [Fact]
    public async Task Bad_files_get_one_error_line_each_and_the_valid_one_is_written_whole()
    {
        var input = Directory.CreateDirectory(_dir.File("in")).FullName;
        File.WriteAllText(Path.Combine(input, "good.json"), ValidArticle);
        File.WriteAllText(Path.Combine(input, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(input, "picture.html"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        File.WriteAllText(Path.Combine(input, "broken.json"), "{ \"text\": \"unterminated");
        var output = _dir.File("out/records.jsonl");

        var result = await CliRunner.RunAsync(_dir.Path, null, "extract", input, "--out", output);

        Assert.Equal(1, result.ExitCode);
        var errors = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("progress:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, errors.Length);
        Assert.Contains(errors, e => e.Contains("empty.txt") && e.Contains("empty"));
        Assert.Contains(errors, e => e.Contains("picture.html") && e.Contains("binary"));
        Assert.Contains(errors, e => e.Contains("broken.json") && e.Contains("malformed JSON"));
        var line = Assert.Single(File.ReadAllLines(output));
        RecordSchema.AssertValid(line);
        Assert.Contains("\"title\":\"Ministers meet\"", line);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.tmp"));
    }

    [Fact]
    public async Task Records_go_to_stdout_without_out_and_exit_code_is_zero_when_all_succeed()
    {
        File.WriteAllText(_dir.File("a.json"), ValidArticle);
        File.WriteAllText(_dir.File("b.txt"), "ASTANA, Nov. 3 -- The ministers met in Astana on Thursday.");
        var result = await CliRunner.RunAsync(_dir.Path, null, "extract", _dir.File("a.json"), _dir.File("b.txt"));
        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines) RecordSchema.AssertValid(line);
    }

    [Fact]
    public async Task A_stated_register_is_recorded_and_an_unknown_one_refused()
    {
        File.WriteAllText(_dir.File("post.txt"), "ok so we finally went to the new cafe on Elm street and honestly it was great!");
        var stated = await CliRunner.RunAsync(_dir.Path, null, "extract", _dir.File("post.txt"), "--register", "web");
        Assert.Equal(0, stated.ExitCode);
        Assert.Contains("\"register\":\"source:web\"", stated.StdOut);

        var judged = await CliRunner.RunAsync(_dir.Path, null, "extract", _dir.File("post.txt"));
        Assert.Equal(0, judged.ExitCode);
        Assert.Contains("\"register\":\"text-register/", judged.StdOut);

        var refused = await CliRunner.RunAsync(_dir.Path, null, "extract", _dir.File("post.txt"), "--register", "blog");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("blog", refused.StdErr);
    }

    [Fact]
    public async Task Parallel_extraction_writes_the_same_records_in_input_order_as_one_thread()
    {
        var input = Directory.CreateDirectory(_dir.File("many")).FullName;
        var corpus = RepoPaths.InRepo("corpus", "articles");
        var files = Directory.GetFiles(corpus, "*.json").Order(StringComparer.Ordinal).ToList();
        for (int i = 0; i < 24; i++)
            File.Copy(files[i % files.Count], Path.Combine(input, $"{i:D2}-{Path.GetFileName(files[i % files.Count])}"));

        var one = await CliRunner.RunAsync(_dir.Path, null, "extract", input, "--threads", "1", "--out", _dir.File("one.jsonl"));
        var two = await CliRunner.RunAsync(_dir.Path, null, "extract", input, "--threads", "3", "--out", _dir.File("two.jsonl"));

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(0, two.ExitCode);
        static IEnumerable<string> WithoutTime(string path) =>
            File.ReadAllLines(path).Select(l => System.Text.RegularExpressions.Regex.Replace(l, "\"extractedAt\":\"[^\"]*\"", ""));
        var sequential = WithoutTime(_dir.File("one.jsonl")).ToList();
        Assert.Equal(24, sequential.Count);
        Assert.Equal(sequential, WithoutTime(_dir.File("two.jsonl")));
        Assert.Contains("00-", sequential[0]);
        Assert.Contains("23-", sequential[^1]);
    }

    [Fact]
    public async Task A_txt_article_takes_title_publication_date_and_url_from_the_command_line()
    {
        File.WriteAllText(_dir.File("story.txt"), "The two ministers met yesterday and agreed a $12 million grant.");
        var result = await CliRunner.RunAsync(_dir.Path, null, "extract", _dir.File("story.txt"),
            "--title", "Ministers agree grant", "--published", "2024-03-06", "--url", "https://agency.example/2024/03/06/grant");
        Assert.True(result.ExitCode == 0, result.StdErr);
        var line = result.StdOut.Trim();
        RecordSchema.AssertValid(line);
        var record = NewsExtract.Core.Records.RecordSerializer.FromJson(line);
        Assert.Equal("Ministers agree grant", record.Title);
        Assert.Equal("https://agency.example/2024/03/06/grant", record.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 0, 0, 0, TimeSpan.Zero), record.PublishedAt);
        Assert.Equal(NewsExtract.Core.Articles.RecordId.For(new NewsExtract.Core.Articles.Article
        {
            Key = "x", Text = "x", Url = "https://agency.example/2024/03/06/grant", Source = new("s", null, null),
        }), record.Id);
        Assert.Contains(record.Dates, d => d.Text == "yesterday" && d.Value == "2024-03-05");
    }

    [Theory]
    [InlineData("--published", "next Tuesday", "not an ISO 8601 date")]
    [InlineData("--url", "agency/story", "not an absolute URL")]
    public async Task Bad_txt_details_are_refused_with_a_clear_error(string option, string value, string message)
    {
        File.WriteAllText(_dir.File("story.txt"), "The ministers met.");
        var result = await CliRunner.RunAsync(_dir.Path, null, "extract", _dir.File("story.txt"), option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StdErr);
    }

    [Fact]
    public async Task Details_for_one_article_are_refused_for_several_txt_files()
    {
        File.WriteAllText(_dir.File("a.txt"), "The ministers met.");
        File.WriteAllText(_dir.File("b.txt"), "The envoys met.");
        var result = await CliRunner.RunAsync(_dir.Path, null, "extract", _dir.File("a.txt"), _dir.File("b.txt"), "--title", "Talks");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("single .txt file", result.StdErr);
    }

    [Fact]
    public async Task A_file_gets_the_same_id_from_extract_and_from_the_worker()
    {
        var corpus = Directory.CreateDirectory(_dir.File("corpus/articles/nested")).FullName;
        File.WriteAllText(Path.Combine(corpus, "plain.txt"), "Officials said exports reached $5 million in May.");
        File.WriteAllText(Path.Combine(corpus, "envelope.json"), """{ "title": "Exports", "text": "Exports reached $7 million in June." }""");
        var extracted = await CliRunner.RunAsync(_dir.Path, null, "extract", Path.Combine(corpus, "plain.txt"), Path.Combine(corpus, "envelope.json"));
        Assert.True(extracted.ExitCode == 0, extracted.StdErr);
        var run = await CliRunner.RunAsync(_dir.Path, null, "run", "--once");
        Assert.True(run.ExitCode == 0, run.StdOut + run.StdErr);
        static string[] Ids(IEnumerable<string> lines) =>
            [.. lines.Where(l => l.Length > 0).Select(l => NewsExtract.Core.Records.RecordSerializer.FromJson(l).Id).Order(StringComparer.Ordinal)];
        var feed = Directory.GetFiles(_dir.File("out/feed"), "articles-*.jsonl").SelectMany(File.ReadAllLines);
        Assert.Equal(Ids(extracted.StdOut.Split('\n')), Ids(feed));
    }

    [Fact]
    public async Task A_missing_path_is_an_error()
    {
        var result = await CliRunner.RunAsync(_dir.Path, null, "extract", _dir.File("nothing-here"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no such file or folder", result.StdErr);
    }

    [SharedSeedFact]
    public async Task The_seed_article_yields_its_six_dollar_amounts_and_four_percentages_with_exact_offsets()
    {
        var seed = Directory.GetFiles(Path.Combine(RepoPaths.Shared, "seeds"), "*.txt").First();
        var result = await CliRunner.RunAsync(_dir.Path, null, "extract", seed);
        Assert.True(result.ExitCode == 0, result.StdErr);
        var line = Assert.Single(result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        RecordSchema.AssertValid(line);
        using var json = System.Text.Json.JsonDocument.Parse(line);
        var money = json.RootElement.GetProperty("money").EnumerateArray()
            .Select(m => (m.GetProperty("amount").GetDecimal(), m.GetProperty("currency").GetString())).ToArray();
        Assert.Equal(new (decimal, string?)[]
        {
            (1140000000m, "USD"), (1000000000m, "USD"), (4000000000m, "USD"),
            (349230000m, "USD"), (788210000m, "USD"), (1300000000m, "USD"),
        }, money);
        var percentages = json.RootElement.GetProperty("percentages").EnumerateArray().Select(p => p.GetProperty("value").GetDecimal());
        Assert.Equal([8.54m, 5.76m, 0.29m, 7.89m], percentages);
    }
}
