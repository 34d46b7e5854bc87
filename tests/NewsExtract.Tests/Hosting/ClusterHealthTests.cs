using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Tests.Hosting;

/// <summary>
/// Cluster health on the PostgreSQL store: nodes whose heartbeat is within three heartbeat intervals are alive, older
/// ones are known but not alive, and every lease reclaimed from a dead node is counted. Skipped without the server binaries.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterHealthTests(ThrowawayPostgres server)
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Health_counts_the_nodes_seen_within_three_heartbeats_and_the_leases_reclaimed()
    {
        Skip.If(server.Problem is not null, server.Problem);
        using var store = new PostgresStateStore(server.CreateDatabase());
        var clock = new FakeTimeProvider(T0);
        var settings = new WorkerOptions { Store = StoreKinds.Postgres, HeartbeatInterval = TimeSpan.FromSeconds(10), OutputDirectory = Path.GetTempPath() };
        var check = new WorkerHealthCheck(store, store, store, store, Options.Create(settings), clock);

        store.Heartbeat("node-old", T0);
        store.Enqueue("src", "https://one.example/a", T0);
        store.Enqueue("src", "https://one.example/b", T0);
        Assert.NotNull(store.ClaimNext("node-old", TimeSpan.FromSeconds(20), T0)); // then node-old dies holding it
        clock.SetUtcNow(T0.AddSeconds(40));
        store.Heartbeat("node-a", clock.GetUtcNow().AddSeconds(-30));
        store.Heartbeat("node-b", clock.GetUtcNow().AddSeconds(-5));
        var reclaimed = store.ClaimNext("node-b", TimeSpan.FromSeconds(20), clock.GetUtcNow());
        Assert.True(reclaimed is { Reclaimed: true, Url: "https://one.example/a" });

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(2, result.Data["nodesAlive"]); // node-a exactly 30 s ago, node-b now; node-old 40 s ago is not
        Assert.Equal(3, result.Data["nodesKnown"]);
        Assert.Equal(1L, result.Data["leaseReclaims"]);
        Assert.Equal(T0.AddSeconds(40).ToString("O"), result.Data["node:node-b:lastSeen"]);
        Assert.Equal(1L, result.Data["leasedUrls"]);
    }
}
