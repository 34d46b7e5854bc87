using Microsoft.Data.Sqlite;
using NewsExtract.Core.Records;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>
/// A database from before reviewed revisions could be published more than once (publications keyed by the reviewed
/// revision, no content hash) is upgraded in place: its publication is kept, the same content is not published again,
/// and a changed record is published as the next revision.
/// </summary>
public sealed class ReviewPublicationsUpgradeTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private string Db => _dir.File("state.db");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void An_old_publication_is_kept_and_only_a_changed_record_is_published_after_it()
    {
        var models = ReviewSample.Record();
        ReviewSample.Seed(Db, models);
        var reviewed = models with { Review = new ReviewRecord(ReviewStatuses.Reviewed, ["ann"], Now) };
        using (var connection = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText =
                """
                CREATE TABLE review_completions (record_id TEXT NOT NULL, revision INTEGER NOT NULL, reviewer TEXT NOT NULL,
                    completed_at TEXT NOT NULL, PRIMARY KEY (record_id, revision));
                CREATE TABLE review_publications (record_id TEXT NOT NULL, reviewed_revision INTEGER NOT NULL,
                    published_revision INTEGER NOT NULL, published_at TEXT NOT NULL,
                    PRIMARY KEY (record_id, reviewed_revision), UNIQUE (record_id, published_revision));
                INSERT INTO review_completions VALUES ($id, 1, 'ann', $now);
                INSERT INTO records (id, revision, line, created_at) VALUES ($id, 2, $line, $now);
                INSERT INTO review_publications VALUES ($id, 1, 2, $now);
                """;
            command.Parameters.AddWithValue("$id", ReviewSample.Id);
            command.Parameters.AddWithValue("$now", Now.ToString("O"));
            command.Parameters.AddWithValue("$line", RecordSerializer.ToJsonLine(reviewed with { Revision = 2 }));
            command.ExecuteNonQuery();
        }

        var store = new SqliteReviewStore(Db);
        Assert.Equal([2], store.PublishedRevisions(ReviewSample.Id, 1));
        // Changes made after completion were never published before: every reviewed article is compared once.
        Assert.Equal([(ReviewSample.Id, 1)], store.UnpublishedChangeList());
        // The same content at a later time, by more reviewers: nothing new.
        Assert.Null(store.PublishChanges(ReviewSample.Id, 1, Now.AddHours(1),
            _ => reviewed with { Review = new ReviewRecord(ReviewStatuses.Reviewed, ["ann", "bob"], Now.AddHours(1)) }));
        // A changed record: the next revision.
        Assert.Equal(3, store.PublishChanges(ReviewSample.Id, 1, Now.AddHours(2), _ => reviewed with { Locations = [] }));
        Assert.Equal([2, 3], new SqliteReviewStore(Db).PublishedRevisions(ReviewSample.Id, 1));
        Assert.Empty(new SqliteReviewStore(Db).UnpublishedChangeList());
        Assert.Equal(1, new SqliteRecordQueries(Db).Find(ReviewSample.Id)!.Record.Revision);
    }
}
