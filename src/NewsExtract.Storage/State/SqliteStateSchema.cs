using Microsoft.Data.Sqlite;

namespace NewsExtract.Storage.State;

/// <summary>
/// Creates the state store's tables and records the schema version. Version 2 only adds tables (pages with HTTP
/// validators, the URL frontier, source runs) and version 3 one column (failures.permanent: the input is dropped
/// until its source lists it as changed), so older databases upgrade in place. Version 4 adds claiming: each
/// frontier URL's host and lease (holder, expiry), and a hosts table with each host's next allowed fetch and delay.
/// Version 5 numbers published records in the gap-free feed sequence (records.feed_seq; records published before
/// are numbered in their publication order on upgrade). Version 6 adds the nodes table (heartbeats, lease reclaims).
/// Version 7 adds hosts.turn_waited_until (a request outside a claim waiting for the host's turn; claims pass it over).
/// </summary>
internal static class SqliteStateSchema
{
    public const int Version = 7;

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
            CREATE TABLE IF NOT EXISTS nodes (
                node TEXT PRIMARY KEY,
                last_seen TEXT NOT NULL,
                lease_reclaims INTEGER NOT NULL DEFAULT 0);
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
            CREATE TABLE IF NOT EXISTS hosts (
                host TEXT PRIMARY KEY,
                next_fetch_at TEXT NOT NULL,
                delay_ms INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE IF NOT EXISTS source_runs (
                source TEXT PRIMARY KEY,
                started_at TEXT NULL,
                finished_at TEXT NULL,
                discovered INTEGER NOT NULL DEFAULT 0,
                error TEXT NULL);
            """;
        command.ExecuteNonQuery();
        AddColumnIfMissing(connection, "failures", "permanent", "INTEGER NOT NULL DEFAULT 0");
        AddColumnIfMissing(connection, "frontier", "host", "TEXT NULL");
        AddColumnIfMissing(connection, "frontier", "leased_by", "TEXT NULL");
        AddColumnIfMissing(connection, "frontier", "lease_until", "TEXT NULL");
        FillFrontierHosts(connection);
        AddColumnIfMissing(connection, "records", "feed_seq", "INTEGER NULL");
        AddColumnIfMissing(connection, "hosts", "turn_waited_until", "TEXT NULL");
        using (var number = connection.CreateCommand())
        {
            number.CommandText =
                """
                CREATE UNIQUE INDEX IF NOT EXISTS records_by_feed_seq ON records (feed_seq) WHERE feed_seq IS NOT NULL;
                WITH numbered AS (SELECT seq, ROW_NUMBER() OVER (ORDER BY seq) AS n FROM records WHERE feed_file IS NOT NULL)
                UPDATE records SET feed_seq = numbered.n FROM numbered
                WHERE records.seq = numbered.seq AND NOT EXISTS (SELECT 1 FROM records WHERE feed_seq IS NOT NULL);
                """;
            number.ExecuteNonQuery();
        }
        using (var index = connection.CreateCommand())
        {
            index.CommandText = "CREATE INDEX IF NOT EXISTS frontier_by_host ON frontier (host, attempts, discovered_at)";
            index.ExecuteNonQuery();
        }
        using var version = connection.CreateCommand();
        version.CommandText = $"PRAGMA user_version = {Version};";
        version.ExecuteNonQuery();
    }

    // URLs queued before version 4 get their host (and the host its politeness row) once.
    private static void FillFrontierHosts(SqliteConnection connection)
    {
        var urls = new List<string>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT url FROM frontier WHERE host IS NULL";
            using var reader = select.ExecuteReader();
            while (reader.Read()) urls.Add(reader.GetString(0));
        }
        if (urls.Count == 0) return;
        using var transaction = connection.BeginTransaction();
        foreach (var url in urls)
        {
            using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText =
                """
                UPDATE frontier SET host = $host WHERE url = $url;
                INSERT OR IGNORE INTO hosts (host, next_fetch_at, delay_ms) VALUES ($host, $epoch, 0);
                """;
            update.Parameters.AddWithValue("$host", HostKeys.Of(url));
            update.Parameters.AddWithValue("$url", url);
            update.Parameters.AddWithValue("$epoch", DateTimeOffset.UnixEpoch.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            update.ExecuteNonQuery();
        }
        transaction.Commit();
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
