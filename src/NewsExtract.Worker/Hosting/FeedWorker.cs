using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsExtract.Storage.Feed;
using NewsExtract.Worker.Processing;

namespace NewsExtract.Worker.Hosting;

/// <summary>
/// The long-running job: recovers the feed after any crash (cutting uncommitted bytes, publishing records that
/// were committed but never appended; in cluster mode the feed exporter does this when it takes the role), then runs the crawl pipeline — every source on its own schedule, or one
/// pass with <c>--once</c>, after which it stops the application.
/// </summary>
public sealed class FeedWorker(
    CrawlPipeline pipeline,
    JsonLinesFeed feed,
    FeedExporter exporter,
    IOptions<WorkerOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<FeedWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            if (!settings.UsesPostgres)
            {
                foreach (var repaired in feed.Recover())
                    logger.LogWarning("Feed file {File} did not hold exactly its committed records (an interrupted run, or damage); repaired from the outbox", repaired);
            }
            var recovered = await exporter.PublishAsync(stoppingToken);
            if (recovered > 0) logger.LogInformation("Published {Count} records committed before an interrupted run", recovered);
            await pipeline.RunAsync(settings.RunOnce, stoppingToken);
            if (stoppingToken.IsCancellationRequested)
                logger.LogInformation("Stopped: fetched pages were extracted and published; unfetched URLs stay queued for the next run");
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
