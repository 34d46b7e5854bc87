using Microsoft.Data.Sqlite;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Storage;

/// <summary>A state database written by a version-3 worker upgrades in place: queued URLs become claimable, published records get feed sequence numbers, and the nodes table is added.</summary>
public sealed class SqliteStateSchemaUpgradeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_version_3_database_keeps_its_queue_and_feed_and_gains_claims_and_sequence_numbers()
    {
        var path = _dir.File("state.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            // The tables as schema version 3 created them (no frontier host or lease, no hosts table, no feed_seq); claiming
            // below reads every later column (hosts.turn_waited_until of version 7 too).
            create.CommandText =
                """
                CREATE TABLE articles (id TEXT PRIMARY KEY, source TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, revision INTEGER NOT NULL, updated_at TEXT NOT NULL);
                CREATE TABLE records (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, revision INTEGER NOT NULL, line TEXT NOT NULL, created_at TEXT NOT NULL, feed_file TEXT NULL, UNIQUE (id, revision));
                CREATE TABLE feed_files (name TEXT PRIMARY KEY, committed_bytes INTEGER NOT NULL, committed_lines INTEGER NOT NULL);
                CREATE TABLE failures (source TEXT NOT NULL, input TEXT NOT NULL, reason TEXT NOT NULL, failed_at TEXT NOT NULL, attempts INTEGER NOT NULL, permanent INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (source, input));
                CREATE TABLE frontier (url TEXT PRIMARY KEY, source TEXT NOT NULL, discovered_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NULL);
                INSERT INTO frontier (url, source, discovered_at) VALUES ('https://Old.Example/a', 'src', '2026-12-01T00:00:00.0000000+00:00');
                INSERT INTO records (id, revision, line, created_at, feed_file) VALUES ('a', 1, '{"id":"a"}', 'x', 'articles-2026-12-01.jsonl');
                INSERT INTO records (id, revision, line, created_at, feed_file) VALUES ('b', 1, '{"id":"b"}', 'x', 'articles-2026-12-01.jsonl');
                INSERT INTO records (id, revision, line, created_at, feed_file) VALUES ('c', 1, '{"id":"c"}', 'x', NULL);
                PRAGMA user_version = 3;
                """;
            create.ExecuteNonQuery();
        }

        using var store = new SqliteStateStore(path);
        Assert.Equal(7, store.SchemaVersion);
        Assert.Equal([(1L, "a"), (2L, "b")], store.FeedAfter(0, 10).Select(e => (e.Sequence, e.Id)));
        var pending = Assert.Single(store.Pending(10));
        store.CommitFeed("articles-2026-12-03.jsonl", [pending.Sequence], 11, 1);
        Assert.Equal(3, store.FeedAfter(2, 10).Single().Sequence);
        var lease = store.ClaimNext("node", TimeSpan.FromMinutes(1), DateTimeOffset.UtcNow);
        Assert.NotNull(lease);
        Assert.Equal(("https://Old.Example/a", "old.example"), (lease.Url, lease.Host));
        store.Heartbeat("node", DateTimeOffset.UnixEpoch);
        Assert.Equal("node", Assert.Single(store.Nodes()).Node);
    }
}
