using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsExtract.Storage.Feed;
using NewsExtract.Storage.State;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Worker.Processing;

/// <summary>
/// Appends the outbox to the JSON Lines feed. On SQLite the one worker always does. In cluster mode only the node
/// holding the <see cref="Role"/> role (a PostgreSQL advisory lock) does: on taking the role it first brings the feed
/// files back to their committed records (cutting what a dead holder left half-written), then publishes; a node that
/// does not hold it publishes nothing, and takes over when the holder dies.
/// </summary>
public sealed class FeedExporter(JsonLinesFeed feed, ILeadership leadership, IOptions<WorkerOptions> options, ILogger<FeedExporter> logger) : IDisposable
{
    public const string Role = "feed-exporter";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ILeadershipLease? _lease;

    /// <summary>Publishes every pending record when this node is the exporter; returns how many (0 when another node exports).</summary>
    public async Task<int> PublishAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.UsesPostgres) return await feed.PublishPendingAsync(cancellationToken);
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            if (!HoldsRole()) return 0;
            return await feed.PublishPendingAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// At the end of a <c>--once</c> run in cluster mode: waits (up to <paramref name="patience"/>) until the records
    /// this node committed are in the feed, publishing them itself as soon as it can take the role.
    /// </summary>
    public async Task DrainAsync(IRecordOutbox outbox, TimeSpan patience, TimeProvider timeProvider)
    {
        var deadline = timeProvider.GetUtcNow() + patience;
        while (true)
        {
            await PublishAsync(CancellationToken.None);
            if (outbox.Pending(1).Count == 0) return;
            if (timeProvider.GetUtcNow() >= deadline)
            {
                logger.LogWarning("Records are still pending and another node holds the feed exporter role; it will publish them");
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), timeProvider);
        }
    }

    public void Dispose()
    {
        _lease?.Dispose();
        _gate.Dispose();
    }

    private bool HoldsRole()
    {
        if (_lease is { IsHeld: true }) return true;
        if (_lease is not null)
        {
            logger.LogWarning("This node lost the feed exporter role (its database connection broke)");
            _lease.Dispose();
        }
        _lease = leadership.TryAcquire(Role);
        if (_lease is null) return false;
        logger.LogInformation("Node {Node} is now the feed exporter", options.Value.NodeName);
        foreach (var repaired in feed.Recover())
            logger.LogWarning("Feed file {File} did not hold exactly its committed records (an interrupted exporter); repaired from the outbox", repaired);
        return true;
    }
}
