using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NewsExtract.Worker.Hosting;
using NewsExtract.Worker.Processing;
using NewsExtract.Worker.Progress;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract run [--once]</c>: the hosted worker on the settings in appsettings.json (beside the executable),
/// overridable by <c>--config FILE</c> and environment variables (<c>NewsExtract__OutputDirectory</c>). A start-up
/// problem (settings, output directory) is one line on stderr and exit code 2. <c>--once</c> on a terminal shows a
/// progress bar below the log lines.
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Run one pass over the sources, drain the queues, publish, and exit" };
        var config = new Option<FileInfo?>("--config") { Description = "An extra settings file (JSON) layered over appsettings.json" };
        var threads = new Option<int?>("--threads") { Description = "Articles extracted at once (default: ExtractionThreads, else one per core)" };
        var command = new Command("run", "Run the worker: poll the sources, fetch, extract, append records to the JSON Lines feed") { once, config, threads };
        command.SetAction(async (parse, ct) =>
        {
            var builder = WorkerHostBuilder.Create(parse.GetValue(config), parse.GetValue(once), out var error);
            if (builder is null)
            {
                await Console.Error.WriteLineAsync($"newsextract run: {error}");
                return 2;
            }
            if (parse.GetValue(threads) is { } n)
                builder.Configuration[$"{WorkerOptions.SectionName}:{nameof(WorkerOptions.ExtractionThreads)}"] = Math.Max(1, n).ToString(System.Globalization.CultureInfo.InvariantCulture);
            // One pass on a terminal shows a bar of articles handled out of the links found so far; started before the
            // host is built, so the console log's lines are written above it.
            await using var progress = parse.GetValue(once) ? ProgressReporter.StartAboveOutput("run --once", "articles", 0) : null;
            using var host = builder.Build();
            // Checked before the host starts, so a bad setting or output directory is one line, not a stack trace.
            if ((WorkerStartupCheck.FindSettingsProblem(host.Services) ?? WorkerStartupCheck.FindOutputProblem(host.Services)) is { } problem)
            {
                await Console.Error.WriteLineAsync($"newsextract run: {problem}");
                return 2;
            }
            using var stopFollowing = new CancellationTokenSource();
            var following = progress is null ? Task.CompletedTask : FollowAsync(progress, host.Services.GetRequiredService<PipelineMetrics>(), stopFollowing.Token);
            await host.RunAsync(ct);
            await stopFollowing.CancelAsync();
            await following;
            return 0;
        });
        return command;
    }

    /// <summary>Moves the bar with the pipeline's totals: links found so far as the total, articles extracted or failed as done.</summary>
    private static async Task FollowAsync(ProgressReporter progress, PipelineMetrics metrics, CancellationToken ct)
    {
        void Update()
        {
            var t = metrics.Totals();
            long handled = t.New + t.Revised + t.Unchanged + t.Failed;
            progress.SetTotal(Math.Max(t.Discovered, handled));
            if (handled > progress.Done) progress.Advance(handled - progress.Done);
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        do Update();
        while (await NextTickAsync(timer, ct));
        Update();
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }
}
