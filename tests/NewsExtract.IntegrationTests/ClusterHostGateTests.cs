using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsExtract.Ingestion.Http;
using NewsExtract.IntegrationTests.Support;
using NewsExtract.Storage.State;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.IntegrationTests;

/// <summary>
/// Requests made outside a claim — a source's listing pages and robots.txt — are spaced across the cluster, not per
/// node: two nodes (each its own HTTP stack, pacer and robots cache, as two worker processes have) on one PostgreSQL
/// fetch listing pages of one host at once, and the host never sees two requests closer than its delay. Paced by
/// each node alone, the two nodes' requests would arrive together.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class ClusterHostGateTests : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(200);
    private readonly ThrowawayPostgres _server = new();

    public void Dispose() => _server.Dispose();

    [SkippableFact]
    public async Task Listing_and_robots_requests_from_two_nodes_are_never_closer_than_the_hosts_delay()
    {
        Skip.If(_server.Problem is not null, _server.Problem);
        var connectionString = _server.CreateDatabase();
        await using var site = await AgencySite.StartAsync();
        site.Map("/robots.txt", (context, _) => context.Response.WriteAsync("User-agent: *\nAllow: /\n"));
        const int PagesPerNode = 6;
        for (int i = 0; i < 2 * PagesPerNode; i++)
        {
            var page = i;
            site.Map($"/listing/{page}", (context, _) => context.Response.WriteAsync($"<html><body><a href=\"/news/{page}\">story {page}</a></body></html>"));
        }
        var limits = new HostLimits(RequestsPerSecond: 1 / Delay.TotalSeconds, MaxConcurrency: 2);

        using var storeA = new PostgresStateStore(connectionString);
        using var storeB = new PostgresStateStore(connectionString);
        await using var nodeA = Node(storeA, "node-a");
        await using var nodeB = Node(storeB, "node-b");
        var fetches = Enumerable.Range(0, 2 * PagesPerNode).Select(i =>
            (i % 2 == 0 ? nodeA : nodeB).GetRequiredService<PageFetcher>().FetchAsync(site.Url($"/listing/{i}"), limits, null, CancellationToken.None));
        var results = await Task.WhenAll(fetches);

        Assert.All(results, r => Assert.Equal(FetchStatus.Ok, r.Status));
        Assert.Equal(2, site.Hits("/robots.txt"));
        var arrivals = site.ArrivalsOf(_ => true);
        Assert.Equal(2 * PagesPerNode + 2, arrivals.Count);
        var closest = arrivals.Zip(arrivals.Skip(1), (earlier, later) => later - earlier).Min();
        Assert.True(closest >= Delay, $"two requests reached the host {closest.TotalMilliseconds:F0} ms apart (delay {Delay.TotalMilliseconds} ms)");
        // Every turn was handed back: the host is due again for any node.
        Assert.NotNull(storeA.TryTakeHost(site.BaseUrl.Authority.ToLowerInvariant(), Delay, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), storeA.Now() + Delay, out _));
    }

    [SkippableFact]
    public async Task A_listing_request_while_its_node_holds_a_claim_on_the_host_goes_in_the_claim_and_neither_waits_out_the_hold()
    {
        Skip.If(_server.Problem is not null, _server.Problem);
        var connectionString = _server.CreateDatabase();
        await using var site = await AgencySite.StartAsync();
        site.Map("/listing", (context, _) => context.Response.WriteAsync("<html><body><a href=\"/news/1\">story</a></body></html>"));
        site.Map("/news/1", (context, _) => context.Response.WriteAsync("<html><body><p>The story.</p></body></html>"));
        // One request at a time per host on a node, as the fault test's sources have it.
        var limits = new HostLimits(RequestsPerSecond: 1 / Delay.TotalSeconds, MaxConcurrency: 1);
        using var store = new PostgresStateStore(connectionString);
        await using var node = Node(store, "node-a");
        var host = site.BaseUrl.Authority.ToLowerInvariant();
        store.SetHostDelay(host, Delay);
        store.Enqueue("src", site.Url("/news/1").AbsoluteUri, store.Now());
        // The node claims the host for five minutes: nobody else may send it anything until the claim hands it back.
        var lease = store.ClaimNext("node-a", TimeSpan.FromMinutes(5), store.Now())!;
        var fetcher = node.GetRequiredService<PageFetcher>();
        var gate = node.GetRequiredService<ClusterHostGate>();

        // A scheduled listing of the same node takes the node's one slot for the host and finds the host held; then
        // the claimed fetch starts, as a pipeline fetcher does, and needs that slot. Neither may wait for the hold to end.
        var listing = fetcher.FetchAsync(site.Url("/listing"), limits, null, CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var article = Task.Run(async () =>
        {
            using (gate.Adopt(lease))
                return await fetcher.FetchAsync(site.Url("/news/1"), limits, null, CancellationToken.None);
        });
        var results = await Task.WhenAll(listing, article).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.All(results, r => Assert.Equal(FetchStatus.Ok, r.Status));
        var requests = site.Requests();
        Assert.Equal(["/listing", "/news/1", "/robots.txt"], requests.Select(r => r.Path).Order(StringComparer.Ordinal));
        var closest = requests.Zip(requests.Skip(1), (earlier, later) => later.At - earlier.At).Min();
        Assert.True(closest >= Delay, $"two requests reached the host {closest.TotalMilliseconds:F0} ms apart (delay {Delay.TotalMilliseconds} ms)");
        // The claim handed the host back when the last request in it was over: due again after the delay, no sooner.
        var now = store.Now();
        Assert.Null(store.TryTakeHost(host, Delay, TimeSpan.FromSeconds(1), TimeSpan.Zero, now - Delay, out var due));
        Assert.InRange(due, now - Delay, now + Delay);
    }

    [SkippableFact]
    public async Task A_turn_left_by_a_node_killed_mid_request_blocks_the_host_for_about_one_attempt_not_for_the_lease()
    {
        Skip.If(_server.Problem is not null, _server.Problem);
        var connectionString = _server.CreateDatabase();
        await using var site = await AgencySite.StartAsync();
        site.Map("/robots.txt", (context, _) => context.Response.WriteAsync("User-agent: *\nAllow: /\n"));
        site.Map("/sitemap.xml", (context, _) => context.Response.WriteAsync("<urlset></urlset>"));
        var limits = new HostLimits(RequestsPerSecond: 1 / Delay.TotalSeconds, MaxConcurrency: 1);
        var attempt = TimeSpan.FromSeconds(1);
        using var storeA = new PostgresStateStore(connectionString);
        using var storeB = new PostgresStateStore(connectionString);
        await using var nodeA = Node(storeA, "node-a", attempt);
        await using var nodeB = Node(storeB, "node-b", attempt);

        // Node A takes the host's turn for a listing request and dies before handing it back (the turn is never disposed).
        var abandoned = await nodeA.GetRequiredService<ClusterHostGate>().EnterAsync(site.Url("/sitemap.xml"), limits, CancellationToken.None);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var result = await nodeB.GetRequiredService<PageFetcher>().FetchAsync(site.Url("/sitemap.xml"), limits, null, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(FetchStatus.Ok, result.Status);
        // The nodes' lease is 30 s: node B got the host once the dead turn's hold (delay + attempt timeout + margin) ran out.
        Assert.True(stopwatch.Elapsed >= attempt, $"node B reached the host {stopwatch.Elapsed.TotalSeconds:F1} s after node A took the turn, inside the turn's hold");
        GC.KeepAlive(abandoned);
    }

    /// <summary>One node's HTTP stack with the cluster gate over its own connection to the shared store.</summary>
    private static ServiceProvider Node(PostgresStateStore store, string name, TimeSpan? attemptTimeout = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAgencyHttp();
        if (attemptTimeout is { } timeout) services.Configure<HttpFetchOptions>(o => o.AttemptTimeout = timeout);
        services.AddSingleton<IHostTurns>(store);
        services.AddSingleton<IHostWorkQueue>(store);
        services.AddSingleton(Options.Create(new WorkerOptions { NodeName = name, LeaseDuration = TimeSpan.FromSeconds(30) }));
        services.AddSingleton<ClusterHostGate>();
        services.AddSingleton<IHostRequestGate>(sp => sp.GetRequiredService<ClusterHostGate>());
        return services.BuildServiceProvider();
    }
}
