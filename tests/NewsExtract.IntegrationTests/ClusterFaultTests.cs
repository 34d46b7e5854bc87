using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using NewsExtract.IntegrationTests.Support;
using NewsExtract.Storage.State;
using NewsExtract.Storage.Feed;
using Xunit.Abstractions;
using static NewsExtract.IntegrationTests.Support.SiteContent;

namespace NewsExtract.IntegrationTests;

/// <summary>
/// Cluster mode as it must survive: three worker processes on one throwaway PostgreSQL crawl an agency of many hosts
/// (each its own Kestrel site with its own request log); one worker is killed (<c>kill -9</c>) while it holds leased
/// URLs, then the feed exporter's holder is killed too. The last worker reclaims the dead nodes' leases, takes the
/// exporter role and finishes. Every article is stored once (one revision), appears exactly once in the feed, the
/// feed sequence has no gap, no line is partial, each host's article requests are spaced by the host's delay
/// across all nodes, and the nodes table knows the three nodes and counts the reclaimed leases. Skipped where the PostgreSQL server binaries are absent.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class ClusterFaultTests(ITestOutputHelper output) : IDisposable
{
    private const int Hosts = 20;
    private const int ArticlesPerHost = 25;
    private const int RequestsPerSecond = 5; // each host's delay: 200 ms between requests, across the cluster
    private readonly TestFolder _folder = new();
    private readonly ThrowawayPostgres _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    [SkippableFact]
    public async Task Three_workers_one_killed_then_the_exporter_killed_every_article_once_in_table_and_feed_and_hosts_spaced()
    {
        Skip.If(_server.Problem is not null, _server.Problem);
        var connectionString = _server.CreateDatabase();
        var sites = new List<AgencySite>();
        await using var index = await AgencySite.StartAsync();
        try
        {
            var expected = new HashSet<string>(StringComparer.Ordinal);
            for (int h = 0; h < Hosts; h++)
            {
                var site = await AgencySite.StartAsync();
                sites.Add(site);
                var urls = new List<string>();
                for (int a = 0; a < ArticlesPerHost; a++)
                {
                    var page = ArticlePage($"Host {h} story {a}", Paragraphs($"harbour project {h}-{a}"));
                    site.Map($"/news/{a}", async (context, _) =>
                    {
                        await Task.Delay(10, context.RequestAborted);
                        await Write(context, page, "text/html; charset=utf-8");
                    });
                    urls.Add(site.Url($"/news/{a}").AbsoluteUri);
                }
                expected.UnionWith(urls);
                index.Map($"/sitemap-{h}.xml", Xml(Sitemap(urls), "application/xml"));
            }

            var config = _folder.File("cluster.json");
            File.WriteAllText(config, JsonSerializer.Serialize(new
            {
                NewsExtract = new
                {
                    OutputDirectory = _folder.File("out"),
                    FetchConcurrency = 3,
                    ExtractionThreads = 1,
                    QueueCapacity = 4,
                    LeaseDuration = "00:00:15",
                    Http = new { AttemptTimeout = "00:00:05", TotalTimeout = "00:00:20", RetryBaseDelay = "00:00:00.050", RetryMaxDelay = "00:00:00.200" },
                    Sources = Enumerable.Range(0, Hosts).Select(h => new
                    {
                        Name = $"host-{h}", Type = "sitemap", Url = index.Url($"/sitemap-{h}.xml").AbsoluteUri,
                        MaxRequestsPerSecond = RequestsPerSecond, MaxConcurrencyPerHost = 1, MaxLinksPerPass = 1000,
                    }).ToArray(),
                },
            }));

            var workers = Enumerable.Range(1, 3).Select(i => (Name: $"node-{i}", Process: WorkerProcess.Start(_folder.Path,
                new Dictionary<string, string>
                {
                    ["NewsExtract__Store"] = "postgres",
                    ["ConnectionStrings__NewsExtract"] = connectionString,
                    ["NewsExtract__NodeName"] = $"node-{i}",
                },
                "run", "--once", "--config", config))).ToList();
            try
            {
                // 1. Kill a worker at a random point after it claimed work, while it holds leases.
                var random = new Random();
                var victim = await WaitForAsync(async () =>
                {
                    if (await CountAsync(connectionString, "SELECT COUNT(*) FROM records") < 40 + random.Next(60)) return null;
                    var holders = await LeaseHoldersAsync(connectionString);
                    var alive = workers.Where(w => !w.Process.HasExited && holders.Contains(w.Name)).ToList();
                    return alive.Count == 0 ? null : alive[random.Next(alive.Count)].Name;
                }, TimeSpan.FromMinutes(3), "no worker held a lease after 40+ records", workers);
                workers.Single(w => w.Name == victim).Process.Kill();
                output.WriteLine($"killed {victim} holding leases with {await CountAsync(connectionString, "SELECT COUNT(*) FROM records")} records stored");

                // 2. Kill whichever live worker holds the feed exporter role (taking it over first if the victim had it).
                var exporter = await WaitForAsync(() => Task.FromResult(workers
                    .Where(w => w.Name != victim && !w.Process.HasExited && w.Process.Output.Contains($"Node {w.Name} is now the feed exporter", StringComparison.Ordinal))
                    .Select(w => w.Name).FirstOrDefault()), TimeSpan.FromMinutes(3), "no live worker took the feed exporter role", workers);
                workers.Single(w => w.Name == exporter).Process.Kill();
                output.WriteLine($"killed the exporter {exporter} with {await CountAsync(connectionString, "SELECT COUNT(*) FROM records")} records stored");

                // 3. The last worker reclaims the dead nodes' leases, takes the role and finishes.
                var survivor = workers.Single(w => w.Name != victim && w.Name != exporter);
                var exit = await survivor.Process.WaitForExitAsync(TimeSpan.FromMinutes(5));
                Assert.True(exit == 0, survivor.Process.Output);
                output.WriteLine($"{survivor.Name}: {survivor.Process.Output.Split('\n').Count(l => l.Contains("Reclaimed", StringComparison.Ordinal))} leases reclaimed");
            }
            finally
            {
                foreach (var worker in workers) worker.Process.Dispose();
            }

            // Every article once in the table, one revision, nothing left queued or unpublished, a gap-free feed sequence.
            Assert.Equal(expected.Count, await CountAsync(connectionString, "SELECT COUNT(*) FROM records"));
            Assert.Equal(expected.Count, await CountAsync(connectionString, "SELECT COUNT(DISTINCT id) FROM records WHERE revision = 1"));
            Assert.Equal(0, await CountAsync(connectionString, "SELECT COUNT(*) FROM frontier"));
            Assert.Equal(0, await CountAsync(connectionString, "SELECT COUNT(*) FROM records WHERE feed_seq IS NULL"));
            Assert.Equal(expected.Count, await CountAsync(connectionString, "SELECT MAX(feed_seq) FROM records"));
            Assert.Equal(1, await CountAsync(connectionString, "SELECT MIN(feed_seq) FROM records"));

            // Health's view: three nodes reported in, and the leases the killed nodes held were reclaimed and counted.
            Assert.Equal(3, await CountAsync(connectionString, "SELECT COUNT(*) FROM nodes"));
            Assert.True(await CountAsync(connectionString, "SELECT SUM(lease_reclaims)::bigint FROM nodes") >= 1, "no lease reclaim was counted");

            // Every article exactly once in the feed files, every line whole, each file exactly its committed length.
            var feedFolder = _folder.File("out/feed");
            var seen = new List<string>();
            foreach (var file in Directory.GetFiles(feedFolder, "articles-*.jsonl"))
            {
                var bytes = File.ReadAllBytes(file);
                Assert.Equal((byte)'\n', bytes[^1]);
                foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    using var record = JsonDocument.Parse(line);
                    seen.Add(record.RootElement.GetProperty("url").GetString()!);
                }
            }
            Assert.Equal(expected.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
            using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(feedFolder, JsonLinesFeed.ManifestFileName))))
            {
                foreach (var entry in manifest.RootElement.GetProperty("files").EnumerateArray())
                {
                    var path = Path.Combine(feedFolder, entry.GetProperty("name").GetString()!);
                    Assert.Equal(entry.GetProperty("bytes").GetInt64(), new FileInfo(path).Length);
                }
            }

            // Politeness across nodes: a host is one node's from its claim until its request is over, then due again
            // after its delay, so the server sees its article requests at least the delay apart, whichever nodes sent them.
            var delay = TimeSpan.FromSeconds(1.0 / RequestsPerSecond);
            var gaps = sites.SelectMany(site =>
            {
                var arrivals = site.ArrivalsOf(path => path.StartsWith("/news/", StringComparison.Ordinal));
                return arrivals.Zip(arrivals.Skip(1), (a, b) => b - a);
            }).ToList();
            var closest = gaps.Min();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{gaps.Count + Hosts} article requests; closest two to one host {closest.TotalMilliseconds:0} ms apart (delay {delay.TotalMilliseconds:0} ms); {gaps.Count(g => g < delay)} gaps under the delay"));
            Assert.True(closest >= delay, $"two requests to one host {closest.TotalMilliseconds:0} ms apart; the delay is {delay.TotalMilliseconds:0} ms");
        }
        finally
        {
            foreach (var site in sites) await site.DisposeAsync();
        }
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string failure,
        IReadOnlyList<(string Name, WorkerProcess Process)> workers) where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException(failure + "\n" + string.Join("\n", workers.Select(w => $"--- {w.Name}:\n{w.Process.Output}")));
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        try
        {
            return await command.ExecuteScalarAsync() is long count ? count : 0;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0; // the workers have not migrated the schema yet
        }
    }

    private static async Task<HashSet<string>> LeaseHoldersAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT DISTINCT leased_by FROM frontier WHERE leased_by IS NOT NULL AND lease_until > now()", connection);
        var holders = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) holders.Add(reader.GetString(0));
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
        }
        return holders;
    }
}
