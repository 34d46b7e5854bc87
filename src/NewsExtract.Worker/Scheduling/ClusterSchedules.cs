using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using NewsExtract.Storage.State;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Worker.Scheduling;

/// <summary>
/// Cluster mode: puts each web source's schedule in Quartz.NET's clustered job store (the same PostgreSQL) as a job
/// with one trigger — the source's cron, else the worker's, else its interval. A node stores the trigger when it is
/// missing or its schedule changed, and leaves it alone otherwise (one node at a time, under an advisory lock), so
/// starting nodes do not reset the cluster's timing.
/// </summary>
public sealed class ClusterSchedules(ISchedulerFactory schedulers, ILeadership leadership, IOptions<WorkerOptions> options,
    TimeProvider timeProvider, ILogger<ClusterSchedules> logger)
{
    public const string Group = "newsextract-sources";
    private const string Role = "schedule-writer";

    public async Task EnsureAsync(IEnumerable<ConfiguredSource> sources, CancellationToken cancellationToken)
    {
        // One node at a time compares and stores: nodes starting together must not each restart the same trigger.
        ILeadershipLease? writer;
        while ((writer = leadership.TryAcquire(Role)) is null)
            await Task.Delay(TimeSpan.FromMilliseconds(100), timeProvider, cancellationToken);
        using (writer)
            await StoreAsync(sources, cancellationToken);
    }

    private async Task StoreAsync(IEnumerable<ConfiguredSource> sources, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var settings = options.Value;
        foreach (var source in sources)
        {
            var cron = string.IsNullOrWhiteSpace(source.Options.Cron) ? settings.Cron : source.Options.Cron;
            var schedule = string.IsNullOrWhiteSpace(cron) ? $"every {settings.Interval}" : $"cron {cron}";
            var triggerKey = new TriggerKey(source.Name, Group);
            var stored = await scheduler.GetTrigger(triggerKey, cancellationToken);
            if (stored is not null && stored.Description == schedule) continue;
            var job = JobBuilder.Create<SourceDiscoveryJob>()
                .WithIdentity(source.Name, Group)
                .UsingJobData(SourceDiscoveryJob.SourceKey, source.Name)
                .Build();
            var builder = TriggerBuilder.Create().WithIdentity(triggerKey).ForJob(job).WithDescription(schedule);
            var trigger = string.IsNullOrWhiteSpace(cron)
                ? builder.StartAt(timeProvider.GetUtcNow() + settings.Interval).WithSimpleSchedule(s => s.WithInterval(settings.Interval).RepeatForever()).Build()
                : builder.WithCronSchedule(QuartzCron.FromFiveFields(cron), c => c.InTimeZone(TimeZoneInfo.Utc)).Build();
            await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
            logger.LogInformation("Source {Source}: schedule {Schedule} stored in the cluster's job store", source.Name, schedule);
        }
    }
}
