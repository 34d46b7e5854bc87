using Quartz;
using NewsExtract.Worker.Processing;

namespace NewsExtract.Worker.Scheduling;

/// <summary>
/// Cluster mode: one source's discovery pass, fired by its trigger in Quartz.NET's clustered job store, so each
/// source's schedule fires on one node per period (and a dead node's triggers are taken over by another).
/// </summary>
[DisallowConcurrentExecution]
public sealed class SourceDiscoveryJob(CrawlPipeline pipeline) : IJob
{
    public const string SourceKey = "source";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var source = context.MergedJobDataMap.GetString(SourceKey)
            ?? throw new InvalidOperationException("the discovery job has no source name");
        await pipeline.DiscoverScheduledAsync(source, cancellationToken);
    }
}
