using System.Text.Json;
using NewsExtract.Tests.Support;
using NewsExtract.Worker.Commands;

namespace NewsExtract.Tests.Cli;

/// <summary><c>bench sizes</c>: one row per size, smallest first, with its times and peak memory (printed, never asserted).</summary>
public sealed class BenchSizesCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Bench_sizes_prints_a_row_per_size_smallest_first()
    {
        File.WriteAllText(Path.Combine(_dir.Path, "a.txt"), "BAKU, May 3 - Minister of Economy Samir Valiyev met Belarusian Minister of Industry Pavel Kovalenko in Baku.\n\nTrade turnover reached $42.5 million in 2023.");
        File.WriteAllText(Path.Combine(_dir.Path, "b.txt"), "Kazakhstan exported 1.2 million tonnes of wheat to Uzbekistan, 14 percent more than a year before.");

        var result = await CliRunner.RunAsync(_dir.Path, null, "bench", "sizes", "--sizes", "6K,2000", "--data", _dir.Path, "--json");

        Assert.True(result.ExitCode == 0, result.StdErr + result.StdOut);
        using var json = JsonDocument.Parse(result.StdOut);
        var rows = json.RootElement.GetProperty("sizes").EnumerateArray().ToList();
        Assert.Equal([2000, 6144], rows.Select(r => r.GetProperty("chars").GetInt32()));
        Assert.All(rows, r => Assert.True(r.GetProperty("peakWorkingSetBytes").GetInt64() > 0));
        Assert.All(rows, r => Assert.True(r.GetProperty("componentCpuSeconds").TryGetProperty("events", out _)));
    }

    [Fact]
    public async Task Bench_sizes_rejects_a_size_that_is_not_a_length()
    {
        var result = await CliRunner.RunAsync(_dir.Path, null, "bench", "sizes", "--sizes", "1M,big");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--sizes", result.StdErr);
    }

    [Fact]
    public void Sizes_are_read_with_their_units_and_sorted() =>
        Assert.Equal([4000, 262144, 4194304], BenchSizesCommand.ParseSizes("4M, 256K,4000"));

    [Fact]
    public void Joined_texts_are_cut_to_the_length() =>
        Assert.Equal("ab\n\ncd\n\na", BenchSizesCommand.Join(["ab", "cd"], 9));
}
