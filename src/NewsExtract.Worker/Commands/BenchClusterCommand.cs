using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsExtract.Storage.State;
using NewsExtract.Worker.Benchmarks;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract bench cluster [--workers 1,2,3] [--hosts N] [--articles N] [--delay-ms N] [--server-delay-ms N]
/// [--fetch-concurrency N] [--json]</c>: starts a throwaway PostgreSQL server (<c>initdb</c>/<c>pg_ctl</c>) and a
/// local agency of N hosts, crawls it with 1, 2, 3… worker processes on PostgreSQL (a fresh database each), then with
/// one worker on SQLite over the same articles; prints pages/s measured at the agency (first to last article request)
/// and the CPU per article of the workers and the database server, and the PostgreSQL store's overhead per article
/// against SQLite (one worker each) in time between pages and in CPU. Exit 2 without the server binaries.
/// </summary>
public static class BenchClusterCommand
{
    public static Command Create()
    {
        var workers = new Option<string>("--workers") { Description = "Worker process counts to measure on PostgreSQL, comma-separated", DefaultValueFactory = _ => "1,2,3" };
        var hosts = new Option<int>("--hosts") { Description = "Hosts of the local agency (one port each)", DefaultValueFactory = _ => 20 };
        var articles = new Option<int>("--articles") { Description = "Articles over all hosts", DefaultValueFactory = _ => 400 };
        var delay = new Option<int>("--delay-ms") { Description = "Each host's politeness delay between requests (ms)", DefaultValueFactory = _ => 50 };
        var serverDelay = new Option<int>("--server-delay-ms") { Description = "How long the agency takes to answer an article (ms)", DefaultValueFactory = _ => 10 };
        var fetchConcurrency = new Option<int>("--fetch-concurrency") { Description = "FetchConcurrency of each worker", DefaultValueFactory = _ => 4 };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var command = new Command("cluster", "Measure cluster crawl speed (pages/s for 1, 2, 3 workers on PostgreSQL) and PostgreSQL's overhead against SQLite")
            { workers, hosts, articles, delay, serverDelay, fetchConcurrency, json };
        command.SetAction(async (parse, ct) =>
        {
            var counts = ParseCounts(parse.GetValue(workers) ?? "");
            int hostCount = parse.GetValue(hosts), articleCount = parse.GetValue(articles), delayMs = parse.GetValue(delay);
            int serverDelayMs = parse.GetValue(serverDelay), concurrency = parse.GetValue(fetchConcurrency);
            if (counts is null || hostCount < 1 || articleCount < hostCount || delayMs < 1 || serverDelayMs < 0 || concurrency < 1)
            {
                await Console.Error.WriteLineAsync("newsextract bench cluster: --workers is a list of counts ≥ 1 (e.g. 1,2,3); --hosts ≥ 1; --articles ≥ --hosts; --delay-ms ≥ 1; --server-delay-ms ≥ 0; --fetch-concurrency ≥ 1");
                return 2;
            }
            return await RunAsync(counts, hostCount, articleCount, delayMs, serverDelayMs, concurrency, parse.GetValue(json), ct);
        });
        return command;
    }

    private static int[]? ParseCounts(string text)
    {
        var counts = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1) return null;
            counts.Add(count);
        }
        return counts.Count == 0 ? null : [.. counts.Distinct()];
    }

    private static async Task<int> RunAsync(int[] counts, int hosts, int articles, int delayMs, int serverDelayMs, int concurrency, bool asJson, CancellationToken ct)
    {
        using var server = new ThrowawayPostgres();
        if (server.Problem is not null)
        {
            await Console.Error.WriteLineAsync($"newsextract bench cluster: {server.Problem}");
            return 2;
        }
        var articlesPerHost = (articles + hosts - 1) / hosts;
        await using var agency = await BenchAgency.StartAsync(hosts, articlesPerHost, TimeSpan.FromMilliseconds(serverDelayMs));
        var root = Path.Combine(Path.GetTempPath(), "newsextract-bench-cluster-" + Guid.NewGuid().ToString("N"));
        var results = new List<ClusterBenchRun.Result>();
        try
        {
            ClusterBenchRun Run(int workers, string? connectionString) => new()
            {
                Folder = Path.Combine(root, $"{(connectionString is null ? "sqlite" : "postgres")}-{workers}"),
                Agency = agency,
                Workers = workers,
                PostgresConnectionString = connectionString,
                RequestsPerSecondPerHost = 1000.0 / delayMs,
                FetchConcurrency = concurrency,
                ServerProcessorTime = connectionString is null ? () => TimeSpan.Zero : server.ServerProcessorTime,
            };
            foreach (var workers in counts.Contains(1) ? counts : [1, .. counts])
                results.Add(await Run(workers, server.CreateDatabase()).RunAsync(ct));
            results.Add(await Run(1, null).RunAsync(ct));
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); }
            catch (IOException) { }
        }

        var postgresOne = results.First(r => r.Store == "postgres" && r.Workers == 1);
        var sqliteOne = results.Single(r => r.Store == "sqlite");
        var overheadMs = 1000 * (postgresOne.Seconds / Math.Max(1, postgresOne.Pages) - sqliteOne.Seconds / Math.Max(1, sqliteOne.Pages));
        var overheadCpuMs = postgresOne.CpuMsPerArticle - sqliteOne.CpuMsPerArticle;
        if (asJson)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                hosts, articlesPerHost, delayMs, serverDelayMs, fetchConcurrency = concurrency, processorCount = Environment.ProcessorCount,
                runs = results.Select(r => new { store = r.Store, workers = r.Workers, pages = r.Pages, articles = r.Articles, seconds = Math.Round(r.Seconds, 3), pagesPerSecond = Math.Round(r.PagesPerSecond, 2), wallSeconds = Math.Round(r.WallSeconds, 2), cpuMsPerArticle = Math.Round(r.CpuMsPerArticle, 2) }),
                postgresOverheadMsPerArticle = Math.Round(overheadMs, 2),
                postgresOverheadCpuMsPerArticle = Math.Round(overheadCpuMs, 2),
            }, new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{hosts} hosts × {articlesPerHost} articles, host delay {delayMs} ms, server delay {serverDelayMs} ms, FetchConcurrency {concurrency}, {Environment.ProcessorCount} cores"));
        Console.WriteLine("store     workers  pages  articles  seconds  pages/s  wall s  CPU ms/article");
        foreach (var r in results)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Store,-9} {r.Workers,7} {r.Pages,6} {r.Articles,9} {r.Seconds,8:0.00} {r.PagesPerSecond,8:0.0} {r.WallSeconds,7:0.0} {r.CpuMsPerArticle,15:0.0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PostgreSQL store overhead against SQLite (one worker each): {overheadMs:0.00} ms per article in time between pages, {overheadCpuMs:0.00} ms of CPU per article (workers and database server)"));
        return 0;
    }
}
