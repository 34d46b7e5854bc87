using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsExtract.Storage.State;

/// <summary>
/// The worker's embedded state in SQLite: which articles were processed (with content fingerprints and revisions),
/// every record produced (an outbox the feed is written from), and how far each feed file is committed.
/// Marking an article processed and queueing its record happen in one transaction, so a crash can neither lose
/// nor duplicate an article. It also keeps the URL frontier (discovered, not yet processed article URLs) and the
/// HTTP validators of every fetched URL, the per-host politeness rows URLs are claimed through, and leadership by lock
/// files beside the database. The embedded adapter of <see cref="IStateStore"/>, for one machine. Safe to call from
/// several threads (calls are serialised).
/// </summary>
public sealed partial class SqliteStateStore : IStateStore
{
    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();
    private readonly string _databasePath;

    public SqliteStateStore(string databasePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _databasePath = Path.GetFullPath(databasePath);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
        SqliteStateSchema.Apply(_connection);
    }

    public int SchemaVersion => SqliteStateSchema.Version;

    public ArticleState? Find(string id)
    {
        lock (_lock)
        {
            using var command = Command("SELECT id, source, key, fingerprint, revision FROM articles WHERE id = $id", ("$id", id));
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new ArticleState(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4))
                : null;
        }
    }

    /// <summary>The latest article processed from this source under this key (a local file's path), if any.</summary>
    public ArticleState? FindByKey(string source, string key)
    {
        lock (_lock)
        {
            using var command = Command("SELECT id, source, key, fingerprint, revision FROM articles WHERE source = $source AND key = $key ORDER BY updated_at DESC LIMIT 1",
                ("$source", source), ("$key", key));
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new ArticleState(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4))
                : null;
        }
    }

    /// <summary>Records the article as processed at this fingerprint and revision and queues its record, atomically.</summary>
    public void SaveProcessed(ArticleState state, string jsonLine, DateTimeOffset now)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            SaveProcessedIn(transaction, state, jsonLine, now);
            transaction.Commit();
        }
    }

    /// <summary>
    /// Records an article extraction gave up on (say, over its time budget) as a failure and remembers its content
    /// fingerprint without a new record, atomically: the same content is then never tried again, a changed one is.
    /// </summary>
    public void SaveUnprocessable(ArticleState state, string input, string reason, DateTimeOffset now)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            UpsertArticleIn(transaction, state, now);
            RecordFailureIn(transaction, state.SourceName, input, reason, now);
            transaction.Commit();
        }
    }

    /// <summary>Records not yet in the feed, oldest first.</summary>
    public IReadOnlyList<PendingRecord> Pending(int limit)
    {
        lock (_lock)
        {
            using var command = Command(
                "SELECT seq, id, revision, line FROM records WHERE feed_file IS NULL ORDER BY seq LIMIT $limit", ("$limit", limit));
            using var reader = command.ExecuteReader();
            var pending = new List<PendingRecord>();
            while (reader.Read())
                pending.Add(new PendingRecord(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3)));
            return pending;
        }
    }

    /// <summary>Marks records as written to <paramref name="feedFile"/> and moves that file's committed length, atomically.</summary>
    public void CommitFeed(string feedFile, IReadOnlyList<long> sequences, long committedBytes, long committedLines)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            long next;
            using (var last = Command("SELECT COALESCE(MAX(feed_seq), 0) FROM records"))
            {
                last.Transaction = transaction;
                next = (long)last.ExecuteScalar()!;
            }
            foreach (var sequence in sequences)
            {
                using var mark = Command("UPDATE records SET feed_file = $file, feed_seq = $feedSeq WHERE seq = $seq",
                    ("$file", feedFile), ("$feedSeq", ++next), ("$seq", sequence));
                mark.Transaction = transaction;
                mark.ExecuteNonQuery();
            }
            using (var upsert = Command(
                """
                INSERT INTO feed_files (name, committed_bytes, committed_lines) VALUES ($name, $bytes, $lines)
                ON CONFLICT(name) DO UPDATE SET committed_bytes = $bytes, committed_lines = $lines
                """,
                ("$name", feedFile), ("$bytes", committedBytes), ("$lines", committedLines)))
            {
                upsert.Transaction = transaction;
                upsert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    public IReadOnlyList<FeedEntry> FeedAfter(long after, int limit)
    {
        lock (_lock)
        {
            using var command = Command(
                "SELECT feed_seq, id, revision, feed_file, line FROM records WHERE feed_seq > $after ORDER BY feed_seq LIMIT $limit",
                ("$after", after), ("$limit", limit));
            using var reader = command.ExecuteReader();
            var entries = new List<FeedEntry>();
            while (reader.Read())
                entries.Add(new FeedEntry(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4)));
            return entries;
        }
    }

    /// <summary>The lines of the records committed to <paramref name="feedFile"/>, in the order they were appended.</summary>
    public IReadOnlyList<string> CommittedLines(string feedFile)
    {
        lock (_lock)
        {
            using var command = Command("SELECT line FROM records WHERE feed_file = $file ORDER BY seq", ("$file", feedFile));
            using var reader = command.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read()) lines.Add(reader.GetString(0));
            return lines;
        }
    }

    /// <summary>Sets a feed file's committed length after it was rebuilt from its committed records.</summary>
    public void SetFeedFileLength(string feedFile, long committedBytes, long committedLines)
    {
        lock (_lock)
        {
            using var command = Command("UPDATE feed_files SET committed_bytes = $bytes, committed_lines = $lines WHERE name = $name",
                ("$name", feedFile), ("$bytes", committedBytes), ("$lines", committedLines));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Every feed file with its committed length in bytes and lines, by name.</summary>
    public IReadOnlyList<FeedFileState> FeedFiles()
    {
        lock (_lock)
        {
            using var command = Command("SELECT name, committed_bytes, committed_lines FROM feed_files ORDER BY name");
            using var reader = command.ExecuteReader();
            var files = new List<FeedFileState>();
            while (reader.Read())
                files.Add(new FeedFileState(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
            return files;
        }
    }

    /// <summary>Remembers that an input failed, and why, for operators (and so it can be told apart from never seen).</summary>
    public void RecordFailure(string sourceName, string input, string reason, DateTimeOffset now)
    {
        lock (_lock) RecordFailureIn(null, sourceName, input, reason, now);
    }

    /// <summary>Forgets an input's earlier failure once it was processed.</summary>
    public void ClearFailure(string sourceName, string input)
    {
        lock (_lock)
        {
            using var command = Command("DELETE FROM failures WHERE source = $source AND input = $input", ("$source", sourceName), ("$input", input));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Whether a URL was dropped (a permanent failure, or given up after its attempts) and should not be queued again:
    /// true unless the source now gives it a date later than the failure (<paramref name="listedAt"/>), i.e. it changed.
    /// </summary>
    public bool IsDropped(string sourceName, string url, DateTimeOffset? listedAt)
    {
        lock (_lock)
        {
            using var command = Command("SELECT failed_at FROM failures WHERE source = $source AND input = $url AND permanent = 1",
                ("$source", sourceName), ("$url", url));
            if (command.ExecuteScalar() is not string failedAt) return false;
            return listedAt is not { } date || date <= ParseDate(failedAt);
        }
    }

    /// <summary>Every recorded failure, by source and input.</summary>
    public IReadOnlyList<FailedInput> Failures()
    {
        lock (_lock)
        {
            using var command = Command("SELECT source, input, reason, failed_at, attempts, permanent FROM failures ORDER BY source, input");
            using var reader = command.ExecuteReader();
            var failures = new List<FailedInput>();
            while (reader.Read())
                failures.Add(new FailedInput(reader.GetString(0), reader.GetString(1), reader.GetString(2), ParseDate(reader.GetString(3)),
                    reader.GetInt32(4), reader.GetInt64(5) == 1));
            return failures;
        }
    }

    public long CountRecords()
    {
        lock (_lock) return Scalar("SELECT COUNT(*) FROM records");
    }

    /// <summary>The validators and article of a fetched URL, or null when it was never fetched to completion.</summary>
    public PageState? FindPage(string url)
    {
        lock (_lock)
        {
            using var command = Command("SELECT url, source, etag, last_modified, article_id, fetched_at FROM pages WHERE url = $url", ("$url", url));
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new PageState(reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3),
                    NullableString(reader, 4), ParseDate(reader.GetString(5)))
                : null;
        }
    }

    /// <summary>Remembers a fetched URL's validators (used for feeds and sitemaps, whose links are queued first).</summary>
    public void SavePage(PageState page)
    {
        lock (_lock) SavePageIn(null, page);
    }

    /// <summary>Queues a discovered article URL; false when it is already queued.</summary>
    public bool Enqueue(string sourceName, string url, DateTimeOffset now)
    {
        lock (_lock)
        {
            var host = HostKeys.Of(url);
            using var transaction = _connection.BeginTransaction();
            using var command = Command(
                "INSERT OR IGNORE INTO frontier (url, source, discovered_at, host) VALUES ($url, $source, $now, $host)",
                ("$url", url), ("$source", sourceName), ("$now", Stamp(now)), ("$host", host));
            command.Transaction = transaction;
            var added = command.ExecuteNonQuery() == 1;
            using var hostRow = Command("INSERT OR IGNORE INTO hosts (host, next_fetch_at, delay_ms) VALUES ($host, $epoch, 0)",
                ("$host", host), ("$epoch", Stamp(DateTimeOffset.UnixEpoch)));
            hostRow.Transaction = transaction;
            hostRow.ExecuteNonQuery();
            transaction.Commit();
            return added;
        }
    }

    public bool EnqueueUnlessFetchedSince(string sourceName, string url, DateTimeOffset? seenFetchedAt, DateTimeOffset now)
    {
        // One lock (re-entered by Enqueue) around the check and the insert: no completion can come between them.
        lock (_lock)
        {
            using (var page = Command("SELECT fetched_at FROM pages WHERE url = $url", ("$url", url)))
            {
                var fetchedAt = page.ExecuteScalar() is string stamp ? ParseDate(stamp) : (DateTimeOffset?)null;
                if (fetchedAt != seenFetchedAt) return false;
            }
            return Enqueue(sourceName, url, now);
        }
    }

    /// <summary>The queued URLs of a source (every source when null): never-tried ones first, then by fewest attempts, oldest first.</summary>
    public IReadOnlyList<FrontierItem> Frontier(string? sourceName = null, int limit = int.MaxValue)
    {
        lock (_lock)
        {
            using var command = sourceName is null
                ? Command("SELECT url, source, discovered_at, attempts, last_error FROM frontier ORDER BY attempts, discovered_at, url LIMIT $limit", ("$limit", limit))
                : Command("SELECT url, source, discovered_at, attempts, last_error FROM frontier WHERE source = $source ORDER BY attempts, discovered_at, url LIMIT $limit",
                    ("$source", sourceName), ("$limit", limit));
            using var reader = command.ExecuteReader();
            var items = new List<FrontierItem>();
            while (reader.Read())
                items.Add(new FrontierItem(reader.GetString(0), reader.GetString(1), ParseDate(reader.GetString(2)), reader.GetInt32(3), NullableString(reader, 4)));
            return items;
        }
    }

    /// <summary>
    /// Finishes a queued URL in one transaction: the article and its record (when it is new or changed), the page's
    /// validators (also under the queued URL when the page was reached under another one), and the URL's removal
    /// from the frontier, with any failure recorded for it earlier. A crash before the commit leaves the URL queued and its old validators in place, so it is
    /// fetched again in full.
    /// </summary>
    public void CompletePage(string frontierUrl, PageState page, ArticleState? article, string? jsonLine, DateTimeOffset now)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            if (article is not null && jsonLine is not null) SaveProcessedIn(transaction, article, jsonLine, now);
            SavePageIn(transaction, page);
            if (!string.Equals(page.Url, frontierUrl, StringComparison.Ordinal))
                SavePageIn(transaction, page with { Url = frontierUrl });
            using (var delete = Command("DELETE FROM frontier WHERE url = $url", ("$url", frontierUrl)))
            {
                delete.Transaction = transaction;
                delete.ExecuteNonQuery();
            }
            using (var cleared = Command("DELETE FROM failures WHERE input IN ($url, $final)", ("$url", frontierUrl), ("$final", page.Url)))
            {
                cleared.Transaction = transaction;
                cleared.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    /// <summary>
    /// Records a failed URL. A permanent failure, or one that reached <paramref name="maxAttempts"/>, leaves the
    /// frontier and is marked dropped (see <see cref="IsDropped"/>); a transient one stays queued for the next pass.
    /// Returns true when the URL was dropped.
    /// </summary>
    public bool FailPage(string sourceName, string url, string reason, bool permanent, int maxAttempts, DateTimeOffset now)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            RecordFailureIn(transaction, sourceName, url, reason, now);
            using (var update = Command("UPDATE frontier SET attempts = attempts + 1, last_error = $reason, leased_by = NULL, lease_until = NULL WHERE url = $url",
                ("$url", url), ("$reason", reason)))
            {
                update.Transaction = transaction;
                update.ExecuteNonQuery();
            }
            bool dropped;
            using (var delete = Command("DELETE FROM frontier WHERE url = $url AND ($permanent = 1 OR attempts >= $max)",
                ("$url", url), ("$permanent", permanent ? 1 : 0), ("$max", maxAttempts)))
            {
                delete.Transaction = transaction;
                dropped = delete.ExecuteNonQuery() == 1;
            }
            if (dropped || permanent)
            {
                using var mark = Command("UPDATE failures SET permanent = 1 WHERE source = $source AND input = $url", ("$source", sourceName), ("$url", url));
                mark.Transaction = transaction;
                mark.ExecuteNonQuery();
            }
            transaction.Commit();
            return dropped;
        }
    }

    /// <summary>Notes that a source's discovery pass started.</summary>
    public void SourceRunStarted(string sourceName, DateTimeOffset now)
    {
        lock (_lock)
        {
            using var command = Command(
                """
                INSERT INTO source_runs (source, started_at) VALUES ($source, $now)
                ON CONFLICT(source) DO UPDATE SET started_at = $now
                """, ("$source", sourceName), ("$now", now.ToString("O")));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Notes that a source's discovery pass finished, with the number of links found or its error.</summary>
    public void SourceRunFinished(string sourceName, int discovered, string? error, DateTimeOffset now)
    {
        lock (_lock)
        {
            using var command = Command(
                """
                INSERT INTO source_runs (source, started_at, finished_at, discovered, error) VALUES ($source, $now, $now, $discovered, $error)
                ON CONFLICT(source) DO UPDATE SET finished_at = $now, discovered = $discovered, error = $error
                """, ("$source", sourceName), ("$now", now.ToString("O")), ("$discovered", discovered), ("$error", (object?)error ?? DBNull.Value));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Counts for health checks and operators.</summary>
    public StateSummary Summary()
    {
        lock (_lock)
        {
            var runs = new List<SourceRunState>();
            using (var command = Command("SELECT source, started_at, finished_at, discovered, error FROM source_runs ORDER BY source"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                    runs.Add(new SourceRunState(reader.GetString(0), NullableDate(reader, 1), NullableDate(reader, 2), reader.GetInt32(3), NullableString(reader, 4)));
            }
            var byReason = new Dictionary<string, long>(StringComparer.Ordinal);
            using (var command = Command("""
                SELECT CASE WHEN instr(reason, ':') > 0 THEN substr(reason, 1, instr(reason, ':') - 1) ELSE reason END AS kind, COUNT(*)
                FROM failures GROUP BY kind ORDER BY kind
                """))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                    byReason[reader.GetString(0)] = reader.GetInt64(1);
            }
            return new StateSummary(
                Scalar("SELECT COUNT(*) FROM articles"),
                Scalar("SELECT COUNT(*) FROM records"),
                Scalar("SELECT COUNT(*) FROM records WHERE feed_file IS NULL"),
                Scalar("SELECT COUNT(*) FROM frontier"),
                Scalar("SELECT COUNT(*) FROM failures"),
                runs) { FailuresByReason = byReason };
        }
    }

    public void Dispose()
    {
        lock (_lock) _connection.Dispose();
    }

    private void SaveProcessedIn(SqliteTransaction transaction, ArticleState state, string jsonLine, DateTimeOffset now)
    {
        UpsertArticleIn(transaction, state, now);
        using var insert = Command(
            "INSERT INTO records (id, revision, line, created_at) VALUES ($id, $revision, $line, $now)",
            ("$id", state.Id), ("$revision", state.Revision), ("$line", jsonLine), ("$now", now.ToString("O")));
        insert.Transaction = transaction;
        try
        {
            insert.ExecuteNonQuery();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: UNIQUE (id, revision)
        {
            throw new RecordConflictException(state.Id, state.Revision, ex);
        }
    }

    private void UpsertArticleIn(SqliteTransaction transaction, ArticleState state, DateTimeOffset now)
    {
        using (var upsert = Command(
            """
            INSERT INTO articles (id, source, key, fingerprint, revision, updated_at)
            VALUES ($id, $source, $key, $fingerprint, $revision, $now)
            ON CONFLICT(id) DO UPDATE SET source = $source, key = $key, fingerprint = $fingerprint,
                revision = $revision, updated_at = $now
            """,
            ("$id", state.Id), ("$source", state.SourceName), ("$key", state.Key), ("$fingerprint", state.Fingerprint),
            ("$revision", state.Revision), ("$now", now.ToString("O"))))
        {
            upsert.Transaction = transaction;
            upsert.ExecuteNonQuery();
        }
    }

    private void RecordFailureIn(SqliteTransaction? transaction, string sourceName, string input, string reason, DateTimeOffset now)
    {
        using var command = Command(
            """
            INSERT INTO failures (source, input, reason, failed_at, attempts) VALUES ($source, $input, $reason, $now, 1)
            ON CONFLICT(source, input) DO UPDATE SET reason = $reason, failed_at = $now, attempts = attempts + 1
            """,
            ("$source", sourceName), ("$input", input), ("$reason", reason), ("$now", now.ToString("O")));
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private void SavePageIn(SqliteTransaction? transaction, PageState page)
    {
        using var command = Command(
            """
            INSERT INTO pages (url, source, etag, last_modified, article_id, fetched_at)
            VALUES ($url, $source, $etag, $modified, $article, $fetched)
            ON CONFLICT(url) DO UPDATE SET source = $source, etag = $etag, last_modified = $modified,
                article_id = COALESCE($article, article_id), fetched_at = $fetched
            """,
            ("$url", page.Url), ("$source", page.SourceName), ("$etag", (object?)page.ETag ?? DBNull.Value),
            ("$modified", (object?)page.LastModified ?? DBNull.Value), ("$article", (object?)page.ArticleId ?? DBNull.Value),
            ("$fetched", page.FetchedAt.ToString("O")));
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var command = Command(sql);
        return (long)command.ExecuteScalar()!;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset ParseDate(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static DateTimeOffset? NullableDate(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ParseDate(reader.GetString(ordinal));

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }
}
