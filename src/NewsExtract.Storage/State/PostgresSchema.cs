using Npgsql;

namespace NewsExtract.Storage.State;

/// <summary>
/// The PostgreSQL store's schema as numbered migrations, applied at open in one transaction under an advisory lock
/// (nodes starting together migrate once) and recorded in <c>schema_migrations</c>. Add a migration at the end;
/// never edit one that has shipped.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The advisory lock key class this product uses (migrations, leadership roles).</summary>
    public const int LockClass = 0x4E455854; // "NEXT"

    /// <summary>The advisory lock class of one article's review (key: the record id's hash): changes to its review and its publication never interleave.</summary>
    public const int ReviewLockClass = 0x4E455852; // "NEXR"

    /// <summary>The advisory lock class of one URL's transaction lock (key: the URL's hash): queueing a URL and completing it never interleave.</summary>
    public const int UrlLockClass = 0x4E455855; // "NEXU"

    private static readonly string[] Migrations =
    [
        // 1: articles, the record outbox with its gap-free feed sequence, feed files, failures, page validators,
        //    the frontier with leases, per-host politeness rows and source runs.
        """
        CREATE TABLE articles (
            id text PRIMARY KEY,
            source text NOT NULL,
            key text NOT NULL,
            fingerprint text NOT NULL,
            revision integer NOT NULL,
            updated_at timestamptz NOT NULL);
        CREATE INDEX articles_source_key ON articles (source, key, updated_at DESC);
        CREATE TABLE records (
            seq bigserial PRIMARY KEY,
            id text NOT NULL,
            revision integer NOT NULL,
            line text NOT NULL,
            created_at timestamptz NOT NULL,
            feed_file text NULL,
            feed_seq bigint NULL UNIQUE,
            UNIQUE (id, revision));
        CREATE INDEX records_unpublished ON records (seq) WHERE feed_file IS NULL;
        CREATE INDEX records_by_feed_file ON records (feed_file, feed_seq);
        CREATE TABLE feed_files (
            name text PRIMARY KEY,
            committed_bytes bigint NOT NULL,
            committed_lines bigint NOT NULL);
        CREATE TABLE failures (
            source text NOT NULL,
            input text NOT NULL,
            reason text NOT NULL,
            failed_at timestamptz NOT NULL,
            attempts integer NOT NULL,
            permanent boolean NOT NULL DEFAULT false,
            PRIMARY KEY (source, input));
        CREATE INDEX failures_by_input ON failures (input);
        CREATE TABLE pages (
            url text PRIMARY KEY,
            source text NOT NULL,
            etag text NULL,
            last_modified text NULL,
            article_id text NULL,
            fetched_at timestamptz NOT NULL);
        CREATE TABLE hosts (
            host text PRIMARY KEY,
            next_fetch_at timestamptz NOT NULL,
            delay_ms bigint NOT NULL DEFAULT 0);
        CREATE TABLE frontier (
            url text PRIMARY KEY,
            source text NOT NULL,
            host text NOT NULL REFERENCES hosts (host),
            discovered_at timestamptz NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            last_error text NULL,
            leased_by text NULL,
            lease_until timestamptz NULL);
        CREATE INDEX frontier_by_source ON frontier (source, attempts, discovered_at);
        CREATE INDEX frontier_by_host ON frontier (host, attempts, discovered_at);
        CREATE TABLE source_runs (
            source text PRIMARY KEY,
            started_at timestamptz NULL,
            finished_at timestamptz NULL,
            discovered integer NOT NULL DEFAULT 0,
            error text NULL);
        """,
        // 2: the nodes sharing the store (heartbeats, lease reclaims), for cluster health.
        """
        CREATE TABLE nodes (
            node text PRIMARY KEY,
            last_seen timestamptz NOT NULL,
            lease_reclaims bigint NOT NULL DEFAULT 0);
        """,
        // 3: the review store (decisions, completions, reviewed records published to the feed with their content hash,
        //    the journal of unpublished changes, reviewer accounts, assignments); ids and names compare by code point
        //    ("C"), as in SQLite, whatever the database's collation.
        """
        CREATE TABLE review_decisions (
            seq bigserial PRIMARY KEY,
            record_id text COLLATE "C" NOT NULL,
            revision integer NOT NULL,
            target text NOT NULL,
            action text NOT NULL,
            type text NULL,
            start integer NULL,
            "end" integer NULL,
            title text NULL,
            country text NULL,
            amount numeric NULL,
            currency text NULL,
            measure text NULL,
            period text NULL,
            organization text NULL,
            amount_max numeric NULL,
            change text NULL,
            participants text NULL,
            location text NULL,
            event_when text NULL,
            value numeric NULL,
            unit text NULL,
            event_type text NULL,
            event_status text NULL,
            participant_roles text NULL,
            reviewer text COLLATE "C" NOT NULL,
            decided_at timestamptz NOT NULL,
            batch bigint NULL,
            settles boolean NOT NULL DEFAULT false,
            undone_at timestamptz NULL);
        CREATE INDEX review_decisions_record ON review_decisions (record_id, revision, seq);
        CREATE TABLE review_completions (
            record_id text COLLATE "C" NOT NULL,
            revision integer NOT NULL,
            reviewer text COLLATE "C" NOT NULL,
            completed_at timestamptz NOT NULL,
            PRIMARY KEY (record_id, revision));
        CREATE TABLE review_publications (
            record_id text COLLATE "C" NOT NULL,
            reviewed_revision integer NOT NULL,
            published_revision integer NOT NULL,
            published_at timestamptz NOT NULL,
            content_hash text NOT NULL,
            PRIMARY KEY (record_id, published_revision));
        CREATE INDEX review_publications_by_reviewed ON review_publications (record_id, reviewed_revision, published_revision);
        CREATE TABLE review_unpublished_changes (
            record_id text COLLATE "C" NOT NULL,
            revision integer NOT NULL,
            PRIMARY KEY (record_id, revision));
        CREATE TABLE review_accounts (
            name text COLLATE "C" PRIMARY KEY,
            secret_hash text NOT NULL,
            created_at timestamptz NOT NULL);
        CREATE TABLE review_assignments (
            record_id text COLLATE "C" NOT NULL,
            reviewer text COLLATE "C" NOT NULL,
            role text NOT NULL,
            assigned_by text NOT NULL,
            assigned_at timestamptz NOT NULL,
            completed_at timestamptz NULL,
            PRIMARY KEY (record_id, reviewer));
        """,
        // 4: a request outside a claim (listing, robots.txt) waiting for its host's turn marks the host's row until when
        //    it still waits; claims pass a marked host over, so the waiting request gets the next turn.
        """
        ALTER TABLE hosts ADD COLUMN turn_waited_until timestamptz NULL;
        """,
    ];

    public static int Version => Migrations.Length;

    public static void Apply(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Run(connection, transaction, $"SELECT pg_advisory_xact_lock({LockClass}, 0)");
        Run(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        int current;
        using (var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", connection, transaction))
            current = (int)read.ExecuteScalar()!;
        if (current > Migrations.Length)
            throw new InvalidOperationException(
                $"the PostgreSQL schema is at version {current}, newer than this build knows ({Migrations.Length}); upgrade this node");
        for (int version = current + 1; version <= Migrations.Length; version++)
        {
            Run(connection, transaction, Migrations[version - 1]);
            Run(connection, transaction, $"INSERT INTO schema_migrations (version) VALUES ({version})");
        }
        transaction.Commit();
    }

    private static void Run(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
