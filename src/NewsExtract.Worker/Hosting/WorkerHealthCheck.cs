using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NewsExtract.Storage.Feed;
using NewsExtract.Storage.State;

namespace NewsExtract.Worker.Hosting;

/// <summary>
/// The worker's health, read from its state: Unhealthy when the state cannot be read or a feed file is damaged
/// (missing, shorter than its committed length, or its committed lines broken, e.g. by NUL bytes); Degraded when a configured source has never finished a pass, its last pass
/// failed, or it has not finished one within <c>StaleAfter</c>; Healthy otherwise. The data carries the counts, failed
/// inputs also by reason (<c>failed:not_article</c>, <c>failed:not_found</c>, …), and in cluster mode also the nodes
/// alive (heartbeat within <see cref="WorkerOptions.NodeAliveWindow"/>) and each node's last heartbeat, the leases
/// reclaimed from dead nodes, the shared queue by host, URLs leased now and due now, the oldest queued URL and the
/// exporter's backlog; Degraded too when queued URLs are due and no node is alive (a stalled cluster; between the runs
/// of a <c>run --once</c> deployment nothing is due, so no node alive is not a problem then).
/// </summary>
public sealed class WorkerHealthCheck(ISourceRunLog runLog, IRecordOutbox outbox, IHostWorkQueue hostQueue, INodeRegistry nodes, IOptions<WorkerOptions> options, TimeProvider timeProvider) : IHealthCheck
{
    // Cluster mode: the nodes alive and the leases reclaimed, the shared queue by host (queued, leased now), the
    // oldest queued URL, and the exporter's backlog, all judged on the queue's clock (the database server's). Returns
    // a problem when queued work is due and no node is alive to do it: every node stopped or died. With no work due,
    // no node alive is normal between the runs of a `run --once` deployment.
    private string? AddClusterData(Dictionary<string, object> data, TimeSpan aliveWindow)
    {
        var now = hostQueue.Now();
        var known = nodes.Nodes();
        var alive = known.Count(n => now - n.LastSeen <= aliveWindow);
        data["nodesAlive"] = alive;
        data["nodesKnown"] = known.Count;
        data["leaseReclaims"] = known.Sum(n => n.LeaseReclaims);
        foreach (var node in known)
            data[$"node:{node.Node}:lastSeen"] = node.LastSeen.ToString("O");
        var hosts = hostQueue.QueueByHost(now);
        data["leasedUrls"] = hosts.Sum(h => h.Leased);
        if (hosts.Count > 0) data["oldestQueuedAt"] = hosts.Min(h => h.OldestQueuedAt).ToString("O");
        foreach (var host in hosts)
            data[$"host:{host.Host}:queued"] = host.Queued;
        data["exporterBacklog"] = data["unpublishedRecords"];
        var due = hosts.Where(h => h.NextFetchAt <= now && h.Queued > h.Leased).ToList();
        data["dueUrls"] = due.Sum(h => h.Queued - h.Leased);
        if (alive > 0 || due.Count == 0) return null;
        var lastSeen = known.Count == 0 ? "no node has ever reported in" : $"the last heartbeat was at {known.Max(n => n.LastSeen):O}";
        return $"no worker node is alive ({lastSeen}; alive means within {aliveWindow}) while {due.Sum(h => h.Queued - h.Leased)} queued URLs on {due.Count} hosts are due";
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        StateSummary summary;
        try { summary = runLog.Summary(); }
        catch (Exception ex) { return Task.FromResult(HealthCheckResult.Unhealthy("the state database cannot be read", ex)); }

        var data = new Dictionary<string, object>
        {
            ["articles"] = summary.Articles,
            ["records"] = summary.Records,
            ["unpublishedRecords"] = summary.UnpublishedRecords,
            ["queuedUrls"] = summary.FrontierUrls,
            ["failedInputs"] = summary.Failures,
        };
        var stalled = settings.UsesPostgres ? AddClusterData(data, settings.NodeAliveWindow) : null;
        // "failed:not_article" counts the pages judged not to be articles (listings, forums, products…), which give no record.
        foreach (var (reason, count) in summary.FailuresByReason)
            data[$"failed:{reason}"] = count;
        foreach (var file in outbox.FeedFiles())
        {
            var path = Path.Combine(settings.FeedDirectory, file.Name);
            if (JsonLinesFeed.FindDamage(path, file.CommittedBytes) is { } damage)
                return Task.FromResult(HealthCheckResult.Unhealthy($"feed file {file.Name} is damaged: {damage}", data: data));
        }

        var problems = new List<string>();
        if (stalled is not null) problems.Add(stalled);
        var now = timeProvider.GetUtcNow();
        var runs = summary.SourceRuns.ToDictionary(r => r.SourceName, StringComparer.OrdinalIgnoreCase);
        foreach (var source in settings.Sources)
        {
            if (!runs.TryGetValue(source.Name, out var run) || run.FinishedAt is not { } finished)
            {
                problems.Add($"source '{source.Name}' has not finished a pass yet");
                continue;
            }
            data[$"source:{source.Name}:lastPass"] = finished.ToString("O");
            data[$"source:{source.Name}:discovered"] = run.Discovered;
            if (run.Error is not null) problems.Add($"source '{source.Name}' failed its last pass: {run.Error}");
            else if (now - finished > settings.StaleAfter) problems.Add($"source '{source.Name}' has not finished a pass since {finished:O}");
        }
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy($"{settings.Sources.Count} sources polled; {summary.Records} records", data)
            : HealthCheckResult.Degraded(string.Join("; ", problems), data: data));
    }
}
