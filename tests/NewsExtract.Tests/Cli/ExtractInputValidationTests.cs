using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

/// <summary>Envelopes that are too deep or carry a non-web URL get a precise error; a run with no record writes no file.</summary>
public sealed class ExtractInputValidationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Envelope(string url) =>
        $$"""{ "title": "Talks", "url": "{{url}}", "text": "BAKU, Dec. 1 -- The ministers met in Baku on Monday." }""";

    [Fact]
    public async Task When_every_input_fails_out_leaves_no_file()
    {
        File.WriteAllText(_dir.File("broken.json"), "{ \"text\": ");
        File.WriteAllText(_dir.File("empty.txt"), "");
        var output = _dir.File("out/records.jsonl");
        var result = await CliRunner.RunAsync(_dir.Path, null, "extract", _dir.File("broken.json"), _dir.File("empty.txt"), "--out", output);
        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(output), "a file was left although no record was extracted");
        Assert.Contains("not written", result.StdErr);
        Assert.Empty(Directory.Exists(_dir.File("out")) ? Directory.GetFiles(_dir.File("out")) : []);
    }

    [Fact]
    public async Task Json_nested_too_deep_is_named_as_such_not_as_malformed()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100));
        File.WriteAllText(_dir.File("deep.json"), $$"""{ "text": "BAKU, Dec. 1 -- The ministers met.",{{"\n"}}  "extra": {{deep}} }""");
        File.WriteAllText(_dir.File("bad.json"), "{ \"text\": \"x\" ");
        var result = await CliRunner.RunAsync(_dir.Path, null, "extract", _dir.File("deep.json"), _dir.File("bad.json"));
        Assert.Equal(1, result.ExitCode);
        var errors = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(errors, e => e.Contains("deep.json") && e.Contains("nested more than 64 levels deep (line 2, byte 75)"));
        Assert.Contains(errors, e => e.Contains("bad.json") && e.Contains("malformed JSON"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    [InlineData("ftp://agency.example/a")]
    public async Task An_envelope_url_that_is_not_absolute_http_is_refused_with_the_reason(string url)
    {
        File.WriteAllText(_dir.File("a.json"), Envelope(url));
        var result = await CliRunner.RunAsync(_dir.Path, null, "extract", _dir.File("a.json"));
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.StdOut.Trim());
        Assert.Contains("\"url\" must be an absolute http or https URL", result.StdErr);
    }

    [Fact]
    public async Task An_https_url_is_kept()
    {
        File.WriteAllText(_dir.File("a.json"), Envelope("https://agency.example/2026/12/01/talks"));
        var result = await CliRunner.RunAsync(_dir.Path, null, "extract", _dir.File("a.json"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"url\":\"https://agency.example/2026/12/01/talks\"", result.StdOut);
    }
}
