using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace NewsExtract.Worker.Benchmarks;

/// <summary>
/// One measured crawl of <see cref="BenchAgency"/> for <c>bench cluster</c>: writes a settings file with one sitemap
/// source per host, starts <c>newsextract run --once</c> in the given number of worker processes on one store
/// (SQLite in the run's folder, or the given PostgreSQL database), waits for all of them, and reads the agency's
/// log: article requests, distinct articles and the time from the first request to the last.
/// </summary>
public sealed class ClusterBenchRun
{
    public required string Folder { get; init; }
    public required BenchAgency Agency { get; init; }
    public required int Workers { get; init; }
    /// <summary>The PostgreSQL database's connection string, or null for the SQLite store.</summary>
    public string? PostgresConnectionString { get; init; }
    public required double RequestsPerSecondPerHost { get; init; }
    public required int FetchConcurrency { get; init; }
    /// <summary>Reads the PostgreSQL server's processor time so far (zero for SQLite), to count its share of a run.</summary>
    public Func<TimeSpan> ServerProcessorTime { get; init; } = () => TimeSpan.Zero;

    /// <summary>One run's figures; <see cref="CpuMsPerArticle"/> is the workers' and the database server's processor time per distinct article.</summary>
    public sealed record Result(string Store, int Workers, int Pages, int Articles, double Seconds, double PagesPerSecond, double WallSeconds, double CpuMsPerArticle);

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var config = Path.Combine(Folder, "bench.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            NewsExtract = new
            {
                OutputDirectory = Path.Combine(Folder, "out"),
                FetchConcurrency,
                ExtractionThreads = 1,
                Sources = Agency.Sitemaps.Select((sitemap, h) => new
                {
                    Name = $"host-{h}", Type = "sitemap", Url = sitemap.AbsoluteUri,
                    MaxRequestsPerSecond = RequestsPerSecondPerHost, MaxConcurrencyPerHost = 1, MaxLinksPerPass = 100_000,
                }).ToArray(),
            },
        }), ct);
        Agency.ClearLog();
        var childCpuBefore = ChildProcessorTime.Read();
        var serverCpuBefore = ServerProcessorTime();
        var wall = Stopwatch.StartNew();
        var processes = new List<(Process Process, StringBuilder Output)>();
        try
        {
            for (var i = 1; i <= Workers; i++) processes.Add(StartWorker(config, $"bench-{i}"));
            foreach (var (process, _) in processes) await process.WaitForExitAsync(ct);
        }
        finally
        {
            foreach (var (process, _) in processes)
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }
        }
        wall.Stop();
        var childCpu = ChildProcessorTime.Read() - childCpuBefore;
        await Task.Delay(TimeSpan.FromMilliseconds(500), ct); // the server reaps the closed connections' backends
        var serverCpu = ServerProcessorTime() - serverCpuBefore;
        foreach (var (process, output) in processes)
        {
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"a worker exited with {process.ExitCode}:\n{output}");
            process.Dispose();
        }
        var (pages, articles, span) = Agency.ArticleRequests();
        var seconds = span.TotalSeconds;
        return new Result(PostgresConnectionString is null ? "sqlite" : "postgres", Workers, pages, articles, seconds,
            seconds > 0 ? pages / seconds : 0, wall.Elapsed.TotalSeconds, (childCpu + serverCpu).TotalMilliseconds / Math.Max(1, articles));
    }

    private (Process, StringBuilder) StartWorker(string config, string node)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(ClusterBenchRun).Assembly.Location, "run", "--once", "--config", config })
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NewsExtract__NodeName"] = node;
        if (PostgresConnectionString is not null)
        {
            start.Environment["NewsExtract__Store"] = "postgres";
            start.Environment["ConnectionStrings__NewsExtract"] = PostgresConnectionString;
        }
        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output);
    }
}
