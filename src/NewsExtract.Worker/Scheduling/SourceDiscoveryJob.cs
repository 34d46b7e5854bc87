using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using NewsExtract.Worker.Hosting;
using NewsExtract.Worker.Processing;

namespace NewsExtract.Worker.Scheduling;

/// <summary>
/// Cluster mode: one source's discovery pass, fired by its trigger in Quartz.NET's clustered job store, so each
/// source's schedule fires on one node per period (and a dead node's triggers are taken over by another). Each fire
/// is logged with the time it was scheduled for and the node that runs it, so an operator (and the fault test) can
/// see that every period fired once across the cluster.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SourceDiscoveryJob(CrawlPipeline pipeline, IOptions<WorkerOptions> options, ILogger<SourceDiscoveryJob> logger) : IJob
{
    public const string SourceKey = "source";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var source = context.MergedJobDataMap.GetString(SourceKey)
            ?? throw new InvalidOperationException("the discovery job has no source name");
        logger.LogInformation("Source {Source}: scheduled pass for {ScheduledFireTime:O} fired on node {Node}",
            source, context.ScheduledFireTimeUtc?.ToUniversalTime(), options.Value.NodeName);
        await pipeline.DiscoverScheduledAsync(source, cancellationToken);
    }
}
