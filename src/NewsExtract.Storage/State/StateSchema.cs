using Microsoft.Data.Sqlite;

namespace NewsExtract.Storage.State;

/// <summary>Creates the state store's tables and records the schema version; later versions migrate from here.</summary>
internal static class StateSchema
{
    public const int Version = 1;

    public static void Apply(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            CREATE TABLE IF NOT EXISTS articles (
                id TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                key TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                revision INTEGER NOT NULL,
                updated_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS records (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL,
                revision INTEGER NOT NULL,
                line TEXT NOT NULL,
                created_at TEXT NOT NULL,
                feed_file TEXT NULL,
                UNIQUE (id, revision));
            CREATE INDEX IF NOT EXISTS records_unpublished ON records (seq) WHERE feed_file IS NULL;
            CREATE TABLE IF NOT EXISTS feed_files (
                name TEXT PRIMARY KEY,
                committed_bytes INTEGER NOT NULL,
                committed_lines INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS failures (
                source TEXT NOT NULL,
                input TEXT NOT NULL,
                reason TEXT NOT NULL,
                failed_at TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                PRIMARY KEY (source, input));
            PRAGMA user_version = 1;
            """;
        command.ExecuteNonQuery();
    }
}
