using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

/// <summary>
/// The worker on the PostgreSQL store, chosen from the environment as an operator would
/// (<c>NewsExtract__Store=postgres</c>, <c>ConnectionStrings__NewsExtract</c>): the state and the outbox live in the
/// database, the feed is written as in SQLite mode, a second run writes nothing new, and health reads the database.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRunTests(ThrowawayPostgres server) : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [SkippableFact]
    public async Task Run_once_on_postgres_keeps_the_state_in_the_database_and_publishes_each_article_once()
    {
        Skip.If(server.Problem is not null, server.Problem);
        var connectionString = server.CreateDatabase();
        Directory.CreateDirectory(_dir.File("articles"));
        File.WriteAllText(_dir.File("articles/one.txt"), "MOSCOW, Dec 1. Exports grew to RUB 5 billion, the ministry said.");
        File.WriteAllText(_dir.File("articles/two.txt"), "BAKU, Dec 2. Trade turnover rose 8 percent, the committee said.");
        var config = _dir.File("settings.json");
        File.WriteAllText(config, """{"NewsExtract":{"OutputDirectory":"out","Sources":[{"Name":"real","Type":"folder","Path":"articles"}]}}""");
        var environment = new Dictionary<string, string>
        {
            ["NewsExtract__Store"] = "postgres",
            ["ConnectionStrings__NewsExtract"] = connectionString,
            ["NewsExtract__NodeName"] = "desk-1",
        };

        var first = await CliRunner.RunAsync(_dir.Path, environment, "run", "--once", "--config", config);
        Assert.True(first.ExitCode == 0, first.StdErr + first.StdOut);
        var second = await CliRunner.RunAsync(_dir.Path, environment, "run", "--once", "--config", config);
        Assert.True(second.ExitCode == 0, second.StdErr + second.StdOut);

        var lines = Directory.GetFiles(_dir.File("out/feed"), "articles-*.jsonl").SelectMany(File.ReadAllLines).ToList();
        Assert.Equal(2, lines.Count);
        Assert.False(File.Exists(_dir.File("out/state.db")), "postgres mode must not create the SQLite state");
        using (var store = new PostgresStateStore(connectionString))
        {
            var summary = store.Summary();
            Assert.Equal((2L, 2L, 0L), (summary.Articles, summary.Records, summary.UnpublishedRecords));
            Assert.Equal(2, store.FeedFiles().Sum(f => f.CommittedLines));
        }

        var health = await CliRunner.RunAsync(_dir.Path, environment, "health", "--config", config);
        Assert.True(health.ExitCode == 0, health.StdOut + health.StdErr);
        Assert.Contains("\"records\": 2", health.StdOut);
        Assert.Contains("\"exporterBacklog\": 0", health.StdOut);
        Assert.Contains("\"leasedUrls\": 0", health.StdOut);
        Assert.Contains("\"nodesKnown\": 1", health.StdOut); // both runs were node desk-1 (one heartbeat row)
        Assert.Contains("\"node:desk-1:lastSeen\"", health.StdOut);
        Assert.Contains("\"leaseReclaims\": 0", health.StdOut);
    }
}
