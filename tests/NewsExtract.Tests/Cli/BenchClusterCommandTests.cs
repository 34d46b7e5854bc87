using System.Text.Json;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

/// <summary>
/// <c>bench cluster</c> on a tiny agency: it starts its own PostgreSQL, crawls every article once per run and prints
/// one row per run and the overhead line. Speeds are printed, never asserted. Skipped without the server binaries.
/// </summary>
public sealed class BenchClusterCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [SkippableFact]
    public async Task Bench_cluster_crawls_every_article_in_each_run_and_prints_its_rows()
    {
        var missing = ThrowawayPostgres.FindMissingBinaries();
        Skip.If(missing is not null, missing);

        var result = await CliRunner.RunAsync(_dir.Path, null, "bench", "cluster", "--workers", "1,2", "--hosts", "2", "--articles", "6", "--delay-ms", "20", "--json");

        Assert.True(result.ExitCode == 0, result.StdErr + result.StdOut);
        using var json = JsonDocument.Parse(result.StdOut);
        var runs = json.RootElement.GetProperty("runs").EnumerateArray()
            .Select(r => (Store: r.GetProperty("store").GetString(), Workers: r.GetProperty("workers").GetInt32(), Articles: r.GetProperty("articles").GetInt32(),
                Pages: r.GetProperty("pages").GetInt32()))
            .ToList();
        // Every article fetched in each run; a URL may be fetched twice (a retry, a lease given back), never less.
        Assert.Equal([("postgres", 1, 6), ("postgres", 2, 6), ("sqlite", 1, 6)], runs.Select(r => (r.Store, r.Workers, r.Articles)));
        Assert.All(runs, r => Assert.True(r.Pages >= r.Articles));
        Assert.Equal(JsonValueKind.Number, json.RootElement.GetProperty("postgresOverheadMsPerArticle").ValueKind);
    }

    [Fact]
    public async Task Bench_cluster_rejects_a_worker_list_that_is_not_counts()
    {
        var result = await CliRunner.RunAsync(_dir.Path, null, "bench", "cluster", "--workers", "1,x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--workers", result.StdErr);
    }
}
