using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsExtract.Storage.Feed;

namespace NewsExtract.Worker.Hosting;

/// <summary>
/// The long-running job: recovers the feed after any crash, then runs a pass over the sources on the schedule
/// (or once, with <c>--once</c>, and stops the application).
/// </summary>
public sealed class FeedWorker(
    SourcePass pass,
    JsonLinesFeed feed,
    IOptions<WorkerOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<FeedWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var schedule = new PollSchedule(settings.Cron, settings.Interval);
        try
        {
            foreach (var cut in feed.Recover())
                logger.LogWarning("Feed file {File} had uncommitted bytes after an interrupted run; cut back to its committed length", cut);
            // Records committed before a crash but never appended get published now.
            await feed.PublishPendingAsync(stoppingToken);

            while (!stoppingToken.IsCancellationRequested)
            {
                var summary = await pass.RunAsync(stoppingToken);
                logger.LogInformation(
                    "Pass done: {New} new, {Revised} revised, {Unchanged} unchanged, {Failed} failed, {Published} published to {Feed}",
                    summary.New, summary.Revised, summary.Unchanged, summary.Failed, summary.Published, feed.Directory);
                if (settings.RunOnce) break;
                var delay = schedule.DelayAfter(timeProvider.GetUtcNow());
                logger.LogInformation("Next pass in {Delay}", delay);
                await Task.Delay(delay, timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Stopping: the feed holds only whole, committed records");
        }
        finally
        {
            if (settings.RunOnce) lifetime.StopApplication();
        }
    }
}
