using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Tests.Hosting;

/// <summary>
/// Cluster health on the PostgreSQL store, judged on the database server's clock: nodes whose heartbeat is within
/// three heartbeat intervals are alive, older ones are known but not alive, and every lease reclaimed from a dead
/// node is counted; health turns Degraded when queued URLs are due and no node is alive, and stays Healthy with no
/// node alive when nothing is due (between the runs of a <c>run --once</c> deployment). Skipped without the server binaries.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterHealthTests(ThrowawayPostgres server)
{
    private static readonly WorkerOptions Settings = new() { Store = StoreKinds.Postgres, HeartbeatInterval = TimeSpan.FromSeconds(10), OutputDirectory = Path.GetTempPath() };

    [SkippableFact]
    public async Task Health_counts_the_nodes_seen_within_three_heartbeats_on_the_servers_clock_and_the_leases_reclaimed()
    {
        Skip.If(server.Problem is not null, server.Problem);
        using var store = new PostgresStateStore(server.CreateDatabase());
        // The machine asking for health has a clock an hour fast: nodes are judged on the server's clock, not on it.
        var fastClock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(1));
        var check = new WorkerHealthCheck(store, store, store, store, Options.Create(Settings), fastClock);
        var now = store.Now();

        store.Heartbeat("node-old", now.AddSeconds(-40));
        store.Enqueue("src", "https://one.example/a", now.AddSeconds(-40));
        store.Enqueue("src", "https://one.example/b", now.AddSeconds(-40));
        Assert.NotNull(store.ClaimNext("node-old", TimeSpan.FromSeconds(20), now.AddSeconds(-40))); // then node-old dies holding it
        store.Heartbeat("node-a", now.AddSeconds(-25));
        store.Heartbeat("node-b", now.AddSeconds(-5));
        var reclaimed = store.ClaimNext("node-b", TimeSpan.FromSeconds(20), now);
        Assert.True(reclaimed is { Reclaimed: true, Url: "https://one.example/a" });

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(2, result.Data["nodesAlive"]); // node-a 25 s ago, node-b now; node-old 40 s ago is not
        Assert.Equal(3, result.Data["nodesKnown"]);
        Assert.Equal(1L, result.Data["leaseReclaims"]);
        Assert.Equal(now.ToString("O"), result.Data["node:node-b:lastSeen"]);
        Assert.Equal(1L, result.Data["leasedUrls"]);
        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [SkippableFact]
    public async Task Health_is_degraded_when_queued_urls_are_due_and_no_node_is_alive()
    {
        Skip.If(server.Problem is not null, server.Problem);
        using var store = new PostgresStateStore(server.CreateDatabase());
        var check = new WorkerHealthCheck(store, store, store, store, Options.Create(Settings), TimeProvider.System);
        var longAgo = store.Now().AddMinutes(-10);
        store.Heartbeat("node-1", longAgo);
        store.Heartbeat("node-2", longAgo.AddSeconds(5));
        store.Enqueue("src", "https://one.example/a", longAgo);
        store.Enqueue("src", "https://two.example/b", longAgo);
        Assert.NotNull(store.ClaimNext("node-1", TimeSpan.FromMinutes(1), longAgo)); // node-1 died holding it; the lease has expired

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(0, result.Data["nodesAlive"]);
        Assert.Equal(2L, result.Data["dueUrls"]);
        Assert.Contains("no worker node is alive", result.Description, StringComparison.Ordinal);
        Assert.Contains(longAgo.AddSeconds(5).ToString("O"), result.Description, StringComparison.Ordinal);
        Assert.Contains("2 queued URLs on 2 hosts are due", result.Description, StringComparison.Ordinal);

        // One node alive again: the work has someone to do it.
        store.Heartbeat("node-3", store.Now());
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [SkippableFact]
    public async Task Health_stays_healthy_with_no_node_alive_when_nothing_queued_is_due()
    {
        Skip.If(server.Problem is not null, server.Problem);
        using var store = new PostgresStateStore(server.CreateDatabase());
        var check = new WorkerHealthCheck(store, store, store, store, Options.Create(Settings), TimeProvider.System);
        var now = store.Now();
        // A run --once node finished its pass an hour ago, leaving one host paused (it asked to be left alone) for a day.
        store.Heartbeat("node-1", now.AddHours(-1));
        store.Enqueue("src", "https://paused.example/a", now.AddHours(-1));
        store.PauseHost("paused.example", now.AddDays(1));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(0, result.Data["nodesAlive"]);
        Assert.Equal(0L, result.Data["dueUrls"]);
    }
}
