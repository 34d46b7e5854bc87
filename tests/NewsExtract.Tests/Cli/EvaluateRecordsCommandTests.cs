using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

public sealed class EvaluateRecordsCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_broken_gold_file_is_reported_and_the_others_are_still_scored()
    {
        var gold = Directory.CreateDirectory(_dir.File("gold")).FullName;
        var source = Directory.GetFiles(RepoPaths.InRepo("corpus", "gold"), "*.json").Order(StringComparer.Ordinal).First();
        File.Copy(source, Path.Combine(gold, "a-good.json"));
        File.WriteAllText(Path.Combine(gold, "b-broken.json"), "{ \"text\": \"cut off");

        var result = await CliRunner.RunAsync(_dir.Path, null, "evaluate", "records", "--gold", gold);

        Assert.True(result.ExitCode == 0, result.StdOut + result.StdErr);
        Assert.Contains("b-broken.json", result.StdErr + result.StdOut);
        Assert.Contains("1 gold article", result.StdOut);
        Assert.Contains("money (amount+currency)", result.StdOut);
    }
}
