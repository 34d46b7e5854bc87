using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

/// <summary>train events refuses settings it cannot honour before reading any data.</summary>
public sealed class TrainEventsOptionsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public async Task A_triggered_scale_outside_zero_to_one_is_refused(string scale)
    {
        File.WriteAllText(_dir.File("train.tsv"), "Meeting\tThe ministers met in Baku.\n");
        var output = _dir.File("model");
        var result = await CliRunner.RunAsync(_dir.Path, null, "train", "events", "--labels", _dir.File("train.tsv"), "--triggered-scale", scale, "--out", output);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--triggered-scale must be between 0 and 1", result.StdErr);
        Assert.False(Directory.Exists(output), "a model folder was written for a refused setting");
    }
}
