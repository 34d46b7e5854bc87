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

    [Fact]
    public async Task Without_a_component_its_layer_is_missing_from_the_scores_and_an_unknown_name_is_refused()
    {
        var gold = Directory.CreateDirectory(_dir.File("gold")).FullName;
        var source = Directory.GetFiles(RepoPaths.InRepo("corpus", "gold"), "*.json").Order(StringComparer.Ordinal).First();
        File.Copy(source, Path.Combine(gold, "a.json"));

        var full = await CliRunner.RunAsync(_dir.Path, null, "evaluate", "records", "--gold", gold, "--json");
        var noMoney = await CliRunner.RunAsync(_dir.Path, null, "evaluate", "records", "--gold", gold, "--json", "--without", "money");
        var unknown = await CliRunner.RunAsync(_dir.Path, null, "evaluate", "records", "--gold", gold, "--without", "nothing-by-this-name");

        Assert.True(full.ExitCode == 0 && noMoney.ExitCode == 0, full.StdErr + noMoney.StdErr);
        static int MoneyPredicted(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("scores").EnumerateArray()
            .First(c => c.GetProperty("category").GetString()!.StartsWith("money", StringComparison.Ordinal)).GetProperty("predicted").GetInt32();
        Assert.True(MoneyPredicted(full.StdOut) > 0, full.StdOut);
        Assert.Equal(0, MoneyPredicted(noMoney.StdOut));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("components: tokenizer", unknown.StdErr);
    }
}
