using Microsoft.Data.Sqlite;

namespace NewsExtract.Storage.Review;

/// <summary>
/// Creates the review tables beside the worker's tables in the same database: every decision an analyst made (undo
/// marks one undone, it is never deleted), the articles an analyst marked as completely reviewed, the reviewed records
/// published to the feed (the first when an article is marked reviewed, then one per later change, each with
/// its content hash), and the journal of changes to reviewed articles not yet compared with the feed, reviewer accounts (hashed secrets) and assignments.
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
            CREATE TABLE IF NOT EXISTS review_publications (
                record_id TEXT NOT NULL,
                reviewed_revision INTEGER NOT NULL,
                published_revision INTEGER NOT NULL,
                published_at TEXT NOT NULL,
                content_hash TEXT NULL,
                PRIMARY KEY (record_id, published_revision));
            CREATE TABLE IF NOT EXISTS review_accounts (
                name TEXT PRIMARY KEY,
                secret_hash TEXT NOT NULL,
                created_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS review_assignments (
                record_id TEXT NOT NULL,
                reviewer TEXT NOT NULL,
                role TEXT NOT NULL,
                assigned_by TEXT NOT NULL,
                assigned_at TEXT NOT NULL,
                completed_at TEXT NULL,
                PRIMARY KEY (record_id, reviewer));
            """;
        command.ExecuteNonQuery();
        AddMissingColumns(connection);
        UpgradePublications(connection);
    }

    /// <summary>
    /// Publications were once keyed by the reviewed revision (one each, no content hash); a reviewed revision now has one
    /// per change. An older table is rebuilt in place with its rows kept (their hash is computed from their line when
    /// needed), and the journal of unpublished changes is created, in one transaction.
    /// </summary>
    private static void UpgradePublications(SqliteConnection connection)
    {
        var hasHash = false;
        using (var info = connection.CreateCommand())
        {
            info.CommandText = "PRAGMA table_info(review_publications)";
            using var reader = info.ExecuteReader();
            while (reader.Read()) hasHash |= reader.GetString(1).Equals("content_hash", StringComparison.OrdinalIgnoreCase);
        }
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = (hasHash ? "" :
            """
            ALTER TABLE review_publications RENAME TO review_publications_keyed_by_reviewed_revision;
            CREATE TABLE review_publications (
                record_id TEXT NOT NULL,
                reviewed_revision INTEGER NOT NULL,
                published_revision INTEGER NOT NULL,
                published_at TEXT NOT NULL,
                content_hash TEXT NULL,
                PRIMARY KEY (record_id, published_revision));
            INSERT INTO review_publications (record_id, reviewed_revision, published_revision, published_at)
                SELECT record_id, reviewed_revision, published_revision, published_at FROM review_publications_keyed_by_reviewed_revision;
            DROP TABLE review_publications_keyed_by_reviewed_revision;
            """) +
            "CREATE INDEX IF NOT EXISTS review_publications_by_reviewed ON review_publications (record_id, reviewed_revision, published_revision);" +
            // Before the journal of unpublished changes existed, a change after completion was never published: the
            // first start with it compares every reviewed article with the feed once.
            (HasTable(connection, transaction, "review_unpublished_changes") ? "" :
            """
            CREATE TABLE review_unpublished_changes (
                record_id TEXT NOT NULL,
                revision INTEGER NOT NULL,
                PRIMARY KEY (record_id, revision));
            INSERT INTO review_unpublished_changes (record_id, revision) SELECT record_id, revision FROM review_completions;
            """);
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    private static bool HasTable(SqliteConnection connection, SqliteTransaction transaction, string name)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", name);
        return (long)command.ExecuteScalar()! > 0;
    }

    /// <summary>Columns added after the first release, added to an older database in place (all nullable).</summary>
    private static readonly (string Name, string Type)[] LaterColumns =
    [
        ("organization", "TEXT"), ("amount_max", "TEXT"), ("change", "TEXT"), ("participants", "TEXT"), ("location", "TEXT"),
        ("event_when", "TEXT"), ("value", "TEXT"), ("unit", "TEXT"), ("event_type", "TEXT"), ("batch", "INTEGER"),
        ("event_status", "TEXT"), ("participant_roles", "TEXT"), ("settles", "INTEGER"),
    ];

    private static void AddMissingColumns(SqliteConnection connection)
    {
        var existing = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var info = connection.CreateCommand())
        {
            info.CommandText = "PRAGMA table_info(review_decisions)";
            using var reader = info.ExecuteReader();
            while (reader.Read()) existing.Add(reader.GetString(1));
        }
        foreach (var (name, type) in LaterColumns.Where(c => !existing.Contains(c.Name)))
        {
            using var alter = connection.CreateCommand();
            alter.CommandText = $"ALTER TABLE review_decisions ADD COLUMN {name} {type} NULL";
            alter.ExecuteNonQuery();
        }
    }
}
