using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using NewsExtract.IntegrationTests.Support;
using NewsExtract.Storage.State;
using NewsExtract.Storage.Feed;
using Xunit.Abstractions;
using static NewsExtract.IntegrationTests.Support.SiteContent;

namespace NewsExtract.IntegrationTests;

/// <summary>
/// Cluster mode as it must survive: three running worker processes on one throwaway PostgreSQL crawl an agency of
/// 20 hosts and 1,000 articles (each host its own Kestrel site with its own request log and its own sitemap, listed
/// by the source's schedule in Quartz.NET's clustered job store); one worker is killed (<c>kill -9</c>) at a random
/// point while it holds leased URLs, then, later, the feed exporter's holder is killed too. The last worker reclaims
/// the dead nodes' leases, takes the exporter role and the dead nodes' schedules, and finishes. Every article is
/// stored once (one revision), appears exactly once in the feed, the feed sequence has no gap, no line is partial,
/// each host's requests of every kind (articles, sitemaps, robots.txt) are spaced by the host's delay across all nodes, every source's schedule fired once
/// per period across the three nodes (no period twice, none lost but with a killed node's last log lines) and kept
/// firing after both kills, and the nodes table knows the three nodes and counts the reclaimed leases. Skipped where
/// the PostgreSQL server binaries are absent.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class ClusterFaultTests(ITestOutputHelper output) : IDisposable
{
    private const int Hosts = 20;
    private const int ArticlesPerHost = 50;
    private const int RequestsPerSecond = 5; // each host's delay: 200 ms between requests, across the cluster
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5); // each source's schedule
    private static readonly Regex Fired = new(@"Source (?<source>host-\d+): scheduled pass for (?<at>\S+) fired on node (?<node>\S+)", RegexOptions.CultureInvariant);
    private readonly TestFolder _folder = new();
    private readonly ThrowawayPostgres _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    [SkippableFact]
    public async Task Three_workers_one_killed_then_the_exporter_killed_every_article_once_in_table_and_feed_hosts_spaced_and_each_schedule_fired_once_per_period()
    {
        Skip.If(_server.Problem is not null, _server.Problem);
        var connectionString = _server.CreateDatabase();
        var sites = new List<AgencySite>();
        var started = Stopwatch.StartNew();
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
                site.Map("/sitemap.xml", Xml(Sitemap(urls), "application/xml"));
            }

            var config = _folder.File("cluster.json");
            File.WriteAllText(config, JsonSerializer.Serialize(new
            {
                NewsExtract = new
                {
                    OutputDirectory = _folder.File("out"),
                    Cron = "",
                    Interval = Interval.ToString("c", CultureInfo.InvariantCulture),
                    ClusterCheckinInterval = "00:00:01",
                    FetchConcurrency = 3,
                    ExtractionThreads = 1,
                    QueueCapacity = 4,
                    LeaseDuration = "00:00:15",
                    Http = new { AttemptTimeout = "00:00:05", TotalTimeout = "00:00:20", RetryBaseDelay = "00:00:00.050", RetryMaxDelay = "00:00:00.200" },
                    Sources = sites.Select((site, h) => new
                    {
                        Name = $"host-{h}", Type = "sitemap", Url = site.Url("/sitemap.xml").AbsoluteUri,
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
                "run", "--config", config))).ToList();
            var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
            TimeSpan[] exporterKilledAt; // by each site's own clock
            try
            {
                // 1. Kill a worker at a random point (100 to 400 records stored) while it holds leases.
                var random = new Random();
                var firstKillAfter = 100 + random.Next(300);
                var victim = await WaitForAsync(async () =>
                {
                    if (await CountAsync(connectionString, "SELECT COUNT(*) FROM records") < firstKillAfter) return null;
                    var holders = await LeaseHoldersAsync(connectionString);
                    var alive = workers.Where(w => !w.Process.HasExited && holders.Contains(w.Name)).ToList();
                    return alive.Count == 0 ? null : alive[random.Next(alive.Count)].Name;
                }, TimeSpan.FromMinutes(4), $"no worker held a lease after {firstKillAfter} records", workers);
                workers.Single(w => w.Name == victim).Process.Kill();
                var atFirstKill = await CountAsync(connectionString, "SELECT COUNT(*) FROM records");
                output.WriteLine($"{started.Elapsed.TotalSeconds:0} s: killed {victim} holding leases with {atFirstKill} records stored");

                // 2. Later (100 to 300 records more), kill whichever live worker holds the feed exporter role
                // (taking it over first if the victim had it).
                var secondKillAfter = atFirstKill + 100 + random.Next(200);
                var exporter = await WaitForAsync(async () =>
                {
                    if (await CountAsync(connectionString, "SELECT COUNT(*) FROM records") < secondKillAfter) return null;
                    return workers
                        .Where(w => w.Name != victim && !w.Process.HasExited && w.Process.Output.Contains($"Node {w.Name} is now the feed exporter", StringComparison.Ordinal))
                        .Select(w => w.Name).FirstOrDefault();
                }, TimeSpan.FromMinutes(4), "no live worker took the feed exporter role", workers);
                workers.Single(w => w.Name == exporter).Process.Kill();
                exporterKilledAt = sites.Select(site => site.Elapsed).ToArray();
                output.WriteLine($"{started.Elapsed.TotalSeconds:0} s: killed the exporter {exporter} with {await CountAsync(connectionString, "SELECT COUNT(*) FROM records")} records stored");

                // 3. The last worker reclaims the dead nodes' leases, takes the role and the schedules, and finishes:
                // every article stored and published. It runs two periods more, then stops gracefully.
                var survivor = workers.Single(w => w.Name != victim && w.Name != exporter);
                await WaitForAsync(async () =>
                    await CountAsync(connectionString, "SELECT COUNT(*) FROM records WHERE feed_seq IS NOT NULL") >= expected.Count
                    && await CountAsync(connectionString, "SELECT COUNT(*) FROM frontier") == 0 ? "done" : null,
                    TimeSpan.FromMinutes(6), "the survivor did not store and publish every article", workers);
                output.WriteLine($"{started.Elapsed.TotalSeconds:0} s: every article stored and published");
                await Task.Delay(Interval * 2);
                Assert.False(survivor.Process.HasExited, survivor.Process.Output);
                survivor.Process.Terminate();
                var exit = await survivor.Process.WaitForExitAsync(TimeSpan.FromMinutes(1));
                Assert.True(exit == 0, survivor.Process.Output);
                output.WriteLine($"{survivor.Name}: {survivor.Process.Output.Split('\n').Count(l => l.Contains("Reclaimed", StringComparison.Ordinal))} leases reclaimed");
            }
            finally
            {
                foreach (var worker in workers)
                {
                    worker.Process.Dispose();
                    outputs[worker.Name] = worker.Process.Output;
                }
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
            var reclaims = await CountAsync(connectionString, "SELECT SUM(lease_reclaims)::bigint FROM nodes");
            Assert.True(reclaims >= 1, "no lease reclaim was counted");

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

            // Politeness across nodes, for every kind of request (article pages, sitemaps, robots.txt): a host's turn is
            // one node's at a time, from a claim or a turn taken for the request until the request is over, then due
            // again after its delay, so the server sees any two requests at least the delay apart, whichever nodes sent them.
            var delay = TimeSpan.FromSeconds(1.0 / RequestsPerSecond);
            var articleRequests = 0;
            var allRequests = 0;
            var closePairs = new List<string>();
            var gaps = new List<TimeSpan>();
            foreach (var site in sites)
            {
                var requests = site.Requests();
                allRequests += requests.Count;
                articleRequests += requests.Count(r => r.Path.StartsWith("/news/", StringComparison.Ordinal));
                foreach (var (earlier, later) in requests.Zip(requests.Skip(1)))
                {
                    gaps.Add(later.At - earlier.At);
                    if (later.At - earlier.At < delay)
                        closePairs.Add(string.Create(CultureInfo.InvariantCulture,
                            $"{site.BaseUrl.Authority}: {earlier.Path} at {earlier.At.TotalMilliseconds:0.0} ms, then {later.Path} at {later.At.TotalMilliseconds:0.0} ms"));
                }
            }
            var closest = gaps.Min();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{expected.Count} articles, {articleRequests} article requests, {allRequests} requests of every kind, {reclaims} leases reclaimed; closest two to one host {closest.TotalMilliseconds:0} ms apart (delay {delay.TotalMilliseconds:0} ms); {closePairs.Count} gaps under the delay"));
            foreach (var pair in closePairs) output.WriteLine(pair);
            Assert.True(closePairs.Count == 0, $"two requests to one host closer than the delay ({delay.TotalMilliseconds:0} ms):\n{string.Join("\n", closePairs)}");

            // Every schedule fired once per period across the cluster: each fire is logged by the node that ran it
            // with the time it was scheduled for. No period fired twice (on two nodes, or twice on one); consecutive
            // fires are one period apart, but for at most one fire per kill whose log line died with its node; each
            // source kept firing after both kills (the survivor took over the dead nodes' triggers); and each fire
            // requested its source's listing once (a few more allowed for a killed node's fire whose line was lost).
            var fires = outputs.SelectMany(o => Fired.Matches(o.Value).Select(m => (Source: m.Groups["source"].Value, Node: m.Groups["node"].Value,
                    At: DateTimeOffset.Parse(m.Groups["at"].Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind))))
                .ToLookup(f => f.Source, StringComparer.Ordinal);
            var missedPeriods = 0;
            for (int h = 0; h < Hosts; h++)
            {
                var name = $"host-{h}";
                var times = fires[name].Select(f => f.At).Order().ToList();
                var twice = fires[name].GroupBy(f => f.At).FirstOrDefault(g => g.Count() > 1);
                Assert.True(twice is null, $"{name}'s period {twice?.Key:O} fired {twice?.Count()} times: on {string.Join(", ", twice?.Select(f => f.Node) ?? [])}");
                Assert.True(times.Count >= 4, $"{name} fired {times.Count} times");
                var steps = times.Zip(times.Skip(1), (a, b) => (b - a) / Interval).ToList();
                Assert.All(steps, step => Assert.Equal(Math.Round(step), step, 3));
                var missed = steps.Sum(step => (int)Math.Round(step) - 1);
                missedPeriods += missed;
                Assert.True(missed <= 2, $"{name} missed {missed} periods between {times[0]:O} and {times[^1]:O}");
                var listings = sites[h].ArrivalsOf(path => path == "/sitemap.xml");
                Assert.True(listings.Count(at => at > exporterKilledAt[h]) >= 2, $"{name} stopped firing when the exporter was killed");
                Assert.InRange(listings.Count, times.Count - 2, times.Count + 2);
            }
            output.WriteLine($"{fires.Sum(f => f.Count())} scheduled passes over {Hosts} sources, none twice, {missedPeriods} periods without a logged fire; {started.Elapsed.TotalSeconds:0} s in all");
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
