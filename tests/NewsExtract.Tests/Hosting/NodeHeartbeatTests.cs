using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Tests.Hosting;

/// <summary>
/// A node reports its heartbeat on the shared queue's clock (the database server's), not its own: a node whose
/// clock is a day behind is still seen alive now. Skipped without the PostgreSQL server binaries.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class NodeHeartbeatTests(ThrowawayPostgres server)
{
    [SkippableFact]
    public async Task A_node_whose_clock_is_a_day_behind_reports_in_at_the_servers_time()
    {
        Skip.If(server.Problem is not null, server.Problem);
        using var store = new PostgresStateStore(server.CreateDatabase());
        var slowClock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-1));
        var settings = new WorkerOptions { Store = StoreKinds.Postgres, NodeName = "node-slow", OutputDirectory = Path.GetTempPath() };
        using var heartbeat = new NodeHeartbeat(store, store, Options.Create(settings), slowClock, NullLogger<NodeHeartbeat>.Instance);

        var before = store.Now();
        await heartbeat.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (store.Nodes().Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(20);
        await heartbeat.StopAsync(CancellationToken.None);
        var after = store.Now();

        var node = Assert.Single(store.Nodes());
        Assert.Equal("node-slow", node.Node);
        Assert.InRange(node.LastSeen, before, after);
    }
}
