using Microsoft.Data.Sqlite;

namespace NewsExtract.Storage.State;

/// <summary>
/// Creates the state store's tables and records the schema version. Version 2 only adds tables (pages with HTTP
/// validators, the URL frontier, source runs) and version 3 one column (failures.permanent: the input is dropped
/// until its source lists it as changed), so older databases upgrade in place.
/// </summary>
internal static class StateSchema
{
    public const int Version = 3;

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
            CREATE INDEX IF NOT EXISTS articles_source_key ON articles (source, key);
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
                permanent INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (source, input));
            CREATE TABLE IF NOT EXISTS pages (
                url TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                etag TEXT NULL,
                last_modified TEXT NULL,
                article_id TEXT NULL,
                fetched_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS frontier (
                url TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                discovered_at TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NULL);
            CREATE INDEX IF NOT EXISTS frontier_by_source ON frontier (source, discovered_at);
            CREATE TABLE IF NOT EXISTS source_runs (
                source TEXT PRIMARY KEY,
                started_at TEXT NULL,
                finished_at TEXT NULL,
                discovered INTEGER NOT NULL DEFAULT 0,
                error TEXT NULL);
            """;
        command.ExecuteNonQuery();
        AddColumnIfMissing(connection, "failures", "permanent", "INTEGER NOT NULL DEFAULT 0");
        using var version = connection.CreateCommand();
        version.CommandText = $"PRAGMA user_version = {Version};";
        version.ExecuteNonQuery();
    }

    private static void AddColumnIfMissing(SqliteConnection connection, string table, string column, string definition)
    {
        using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = '{column}'";
            if ((long)info.ExecuteScalar()! > 0) return;
        }
        using var alter = connection.CreateCommand();
        alter.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} {definition}";
        alter.ExecuteNonQuery();
    }
}
