using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.IntegrationTests.Support;

/// <summary>
/// Runs the real worker (the same services as <c>newsextract run --once</c>) inside the test process on settings
/// given as configuration keys, with short timeouts and backoffs, and reads back the feed it wrote.
/// </summary>
public sealed class InProcessWorker(string outputDirectory)
{
    public string OutputDirectory { get; } = outputDirectory;

    public CapturedLogs Logs { get; } = new();

    /// <summary>Settings fast enough for tests: sub-second timeouts, tiny backoffs, a circuit breaker that does not trip.</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["NewsExtract:RunOnce"] = "true",
        ["NewsExtract:Interval"] = "00:01:00",
        ["NewsExtract:FetchConcurrency"] = "4",
        ["NewsExtract:QueueCapacity"] = "4",
        ["NewsExtract:Http:UserAgent"] = "NewsExtractTest/1.0",
        ["NewsExtract:Http:AttemptTimeout"] = "00:00:01",
        ["NewsExtract:Http:TotalTimeout"] = "00:00:10",
        ["NewsExtract:Http:MaxRetries"] = "3",
        ["NewsExtract:Http:RetryBaseDelay"] = "00:00:00.050",
        ["NewsExtract:Http:RetryMaxDelay"] = "00:00:00.200",
        ["NewsExtract:Http:MaxRetryAfter"] = "00:00:03",
        ["NewsExtract:Http:MaxBodyBytes"] = "1000000",
        ["NewsExtract:Http:MaxRedirects"] = "4",
        ["NewsExtract:Http:CircuitBreakerMinimumThroughput"] = "1000",
        ["NewsExtract:Http:CircuitBreakerBreakDuration"] = "00:00:01",
    };

    /// <summary>Adds a web source; returns its index.</summary>
    public int AddSource(string name, string type, Uri url, params (string Key, string Value)[] extra)
    {
        int index = Settings.Keys.Count(k => k.StartsWith("NewsExtract:Sources:", StringComparison.Ordinal) && k.EndsWith(":Name", StringComparison.Ordinal));
        var prefix = $"NewsExtract:Sources:{index}:";
        Settings[prefix + "Name"] = name;
        Settings[prefix + "Type"] = type;
        Settings[prefix + "Url"] = url.AbsoluteUri;
        Settings[prefix + "MaxRequestsPerSecond"] = "200";
        Settings[prefix + "MaxConcurrencyPerHost"] = "4";
        Settings[prefix + "RevisitAfter"] = "00:00:00";
        foreach (var (key, value) in extra) Settings[prefix + key] = value;
        return index;
    }

    public async Task RunOnceAsync()
    {
        using var host = Build();
        // A --once pass may wait out a paused host (at most CrawlPipeline.LongestPauseWaitedInOnePass) before its last
        // fetches: the harness allows that wait plus a minute of work, so a busy machine does not cut a correct pass short.
        var limit = NewsExtract.Worker.Processing.CrawlPipeline.LongestPauseWaitedInOnePass + TimeSpan.FromMinutes(1);
        using var timeout = new CancellationTokenSource(limit);
        await host.RunAsync(timeout.Token);
        Assert.False(timeout.IsCancellationRequested, $"the worker did not finish its pass within {limit.TotalMinutes:F0} minutes\n" + Logs);
    }

    public async Task<HealthReport> HealthAsync()
    {
        using var host = Build();
        return await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
    }

    /// <summary>Every line of every daily feed file, in order.</summary>
    public IReadOnlyList<string> FeedLines()
    {
        var folder = Path.Combine(OutputDirectory, "feed");
        if (!Directory.Exists(folder)) return [];
        return [.. Directory.GetFiles(folder, "articles-*.jsonl").Order(StringComparer.Ordinal).SelectMany(File.ReadAllLines)];
    }

    /// <summary>The feed's records as (url, revision, title, text).</summary>
    public IReadOnlyList<(string Url, int Revision, string? Title, string Text)> Records() =>
        [.. FeedLines().Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            return (root.GetProperty("url").GetString()!, root.GetProperty("revision").GetInt32(),
                root.TryGetProperty("title", out var t) ? t.GetString() : null, root.GetProperty("text").GetString()!);
        })];

    private IHost Build()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Configuration["NewsExtract:OutputDirectory"] = OutputDirectory;
        builder.Logging.AddProvider(Logs);
        builder.Services.AddNewsExtractWorker(builder.Configuration);
        return builder.Build();
    }
}
