using Microsoft.Data.Sqlite;

namespace NewsExtract.Storage.Review;

/// <summary>
/// Creates the review tables beside the worker's tables in the same database: every decision an analyst made (undo
/// marks one undone, it is never deleted) and the articles an analyst marked as completely reviewed.
/// </summary>
internal static class ReviewSchema
{
    public static void Apply(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            CREATE TABLE IF NOT EXISTS review_decisions (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                record_id TEXT NOT NULL,
                revision INTEGER NOT NULL,
                target TEXT NOT NULL,
                action TEXT NOT NULL,
                type TEXT NULL,
                start INTEGER NULL,
                end INTEGER NULL,
                title TEXT NULL,
                country TEXT NULL,
                amount TEXT NULL,
                currency TEXT NULL,
                measure TEXT NULL,
                period TEXT NULL,
                reviewer TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                undone_at TEXT NULL);
            CREATE INDEX IF NOT EXISTS review_decisions_record ON review_decisions (record_id, revision, seq);
            CREATE TABLE IF NOT EXISTS review_completions (
                record_id TEXT NOT NULL,
                revision INTEGER NOT NULL,
                reviewer TEXT NOT NULL,
                completed_at TEXT NOT NULL,
                PRIMARY KEY (record_id, revision));
            CREATE INDEX IF NOT EXISTS records_by_id ON records (id, revision);
            """;
        command.ExecuteNonQuery();
    }
}
