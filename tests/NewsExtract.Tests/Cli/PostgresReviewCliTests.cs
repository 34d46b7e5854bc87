using NewsExtract.Core.Records;
using NewsExtract.Review.Reviewers;
using NewsExtract.Storage.Review;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

/// <summary>
/// The review verbs in cluster mode, the store chosen from the environment as an operator would
/// (<c>NewsExtract__Store=postgres</c>, <c>ConnectionStrings__NewsExtract</c>): <c>review add-reviewer</c> writes the
/// account and <c>export reviews</c> reads the decisions in the cluster's PostgreSQL database, with no SQLite state.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresReviewCliTests(ThrowawayPostgres server) : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [SkippableFact]
    public async Task Add_reviewer_and_export_reviews_use_the_cluster_database_when_the_store_is_postgres()
    {
        Skip.If(server.Problem is not null, server.Problem);
        var connectionString = server.CreateDatabase();
        var record = ReviewSample.Record();
        using (var state = new PostgresStateStore(connectionString))
            state.SaveProcessed(new ArticleState(record.Id, record.Source.Name, record.Id + ".json", "fp", 1), RecordSerializer.ToJsonLine(record), record.ExtractedAt);
        using (var storage = ReviewStorage.Postgres(connectionString))
        {
            storage.Store.Add(ReviewSample.Decision(ReviewActions.Reject, ReviewSample.Key("location", "China")));
            storage.Store.Complete(ReviewSample.Id, 1, "ann", record.ExtractedAt);
        }
        var environment = new Dictionary<string, string>
        {
            ["NewsExtract__Store"] = "postgres",
            ["ConnectionStrings__NewsExtract"] = connectionString,
            ["NEWSEXTRACT_REVIEWER_SECRET"] = "dana-secret-long-enough",
        };

        var added = await CliRunner.RunAsync(_dir.Path, environment, "review", "add-reviewer", "dana");
        Assert.True(added.ExitCode == 0, added.StdOut + added.StdErr);
        var exported = await CliRunner.RunAsync(_dir.Path, environment, "export", "reviews", "--format", "jsonl", "--reviewed");
        Assert.True(exported.ExitCode == 0, exported.StdOut + exported.StdErr);

        using (var storage = ReviewStorage.Postgres(connectionString))
        {
            Assert.True(ReviewerSecrets.Verify("dana", storage.Accounts.SecretHash("dana")!, "dana-secret-long-enough"));
        }
        var reviewed = RecordSerializer.FromJson(Assert.Single(exported.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(ReviewSample.Id, reviewed.Id);
        Assert.DoesNotContain(reviewed.Locations, l => l.Name == "China");
        Assert.Contains(reviewed.Locations, l => l.Name == "Azerbaijan");
        Assert.False(File.Exists(_dir.File("out/state.db")), "postgres mode must not create the SQLite state");

        // Without the cluster settings the same command looks for the SQLite file and says it is missing.
        var sqlite = await CliRunner.RunAsync(_dir.Path, null, "export", "reviews", "--format", "jsonl");
        Assert.Equal(2, sqlite.ExitCode);
        Assert.Contains("no state database", sqlite.StdErr);
    }
}
