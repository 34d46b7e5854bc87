using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsExtract.Storage.State;

namespace NewsExtract.Worker.Hosting;

/// <summary>
/// In cluster mode (the PostgreSQL store), reports this node alive in the shared store every
/// <see cref="WorkerOptions.HeartbeatInterval"/>, from start until the worker stops, so <c>health</c> on any machine
/// can count the nodes alive. The time reported is the shared queue's clock (the database server's), the one
/// health compares it with, so nodes whose clocks disagree are still counted right. A failed heartbeat is logged and retried at the next beat; it never stops the worker.
/// </summary>
public sealed class NodeHeartbeat(INodeRegistry nodes, IHostWorkQueue queue, IOptions<WorkerOptions> options, TimeProvider timeProvider, ILogger<NodeHeartbeat> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.UsesPostgres) return;
        using var timer = new PeriodicTimer(settings.HeartbeatInterval, timeProvider);
        do
        {
            try { nodes.Heartbeat(settings.NodeName, queue.Now()); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Node {Node} could not report its heartbeat", settings.NodeName);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try { return await timer.WaitForNextTickAsync(stoppingToken); }
        catch (OperationCanceledException) { return false; }
    }
}
