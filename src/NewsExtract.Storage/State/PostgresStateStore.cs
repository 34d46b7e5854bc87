using Npgsql;

namespace NewsExtract.Storage.State;

/// <summary>
/// The cluster adapter of <see cref="IStateStore"/>: the same state as <see cref="SqliteStateStore"/> in one
/// PostgreSQL database that every node shares, through a pooled <see cref="NpgsqlDataSource"/> (each call takes its
/// own connection, so it is safe from any thread and any number of nodes). Transactions are the same as the SQLite
/// adapter's; the schema is migrated at open (<see cref="PostgresSchema"/>).
/// </summary>
public sealed partial class PostgresStateStore : IStateStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _connectionString;

    public PostgresStateStore(string connectionString)
    {
        _connectionString = connectionString;
        _dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            PostgresSchema.Apply(_dataSource);
        }
        catch
        {
            _dataSource.Dispose();
            throw;
        }
    }

    public int SchemaVersion => PostgresSchema.Version;

    public ArticleState? Find(string id) =>
        ReadOne("SELECT id, source, key, fingerprint, revision FROM articles WHERE id = @id", ReadArticle, ("id", id));

    public ArticleState? FindByKey(string source, string key) =>
        ReadOne("SELECT id, source, key, fingerprint, revision FROM articles WHERE source = @source AND key = @key ORDER BY updated_at DESC LIMIT 1",
            ReadArticle, ("source", source), ("key", key));

    public void SaveProcessed(ArticleState state, string jsonLine, DateTimeOffset now) =>
        InTransaction((connection, transaction) => SaveProcessedIn(connection, transaction, state, jsonLine, now));

    public void SaveUnprocessable(ArticleState state, string input, string reason, DateTimeOffset now) =>
        InTransaction((connection, transaction) =>
        {
            UpsertArticleIn(connection, transaction, state, now);
            RecordFailureIn(connection, transaction, state.SourceName, input, reason, now);
        });

    public long CountRecords() => Scalar<long>("SELECT COUNT(*) FROM records");

    public IReadOnlyList<PendingRecord> Pending(int limit) =>
        ReadAll("SELECT seq, id, revision, line FROM records WHERE feed_file IS NULL ORDER BY seq LIMIT @limit",
            r => new PendingRecord(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetString(3)), ("limit", limit));

    /// <summary>
    /// Also stamps each record with the next numbers of the gap-free feed sequence, in the order given: the single
    /// exporter (see <see cref="ILeadership"/>) commits one batch at a time, and the sequence is unique, so a second
    /// exporter's overlapping commit fails rather than numbering twice.
    /// </summary>
    public void CommitFeed(string feedFile, IReadOnlyList<long> sequences, long committedBytes, long committedLines) =>
        InTransaction((connection, transaction) =>
        {
            long next;
            using (var last = Command(connection, transaction, "SELECT COALESCE(MAX(feed_seq), 0) FROM records"))
                next = (long)last.ExecuteScalar()!;
            foreach (var sequence in sequences)
            {
                using var mark = Command(connection, transaction,
                    "UPDATE records SET feed_file = @file, feed_seq = @feedSeq WHERE seq = @seq AND feed_file IS NULL",
                    ("file", feedFile), ("feedSeq", ++next), ("seq", sequence));
                if (mark.ExecuteNonQuery() != 1)
                    throw new InvalidOperationException($"record {sequence} is already in the feed: another exporter committed it");
            }
            using var upsert = Command(connection, transaction,
                """
                INSERT INTO feed_files (name, committed_bytes, committed_lines) VALUES (@name, @bytes, @lines)
                ON CONFLICT (name) DO UPDATE SET committed_bytes = @bytes, committed_lines = @lines
                """, ("name", feedFile), ("bytes", committedBytes), ("lines", committedLines));
            upsert.ExecuteNonQuery();
        });

    public IReadOnlyList<FeedEntry> FeedAfter(long after, int limit) =>
        ReadAll("SELECT feed_seq, id, revision, feed_file, line FROM records WHERE feed_seq > @after ORDER BY feed_seq LIMIT @limit",
            r => new FeedEntry(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4)), ("after", after), ("limit", limit));

    public IReadOnlyList<string> CommittedLines(string feedFile) =>
        ReadAll("SELECT line FROM records WHERE feed_file = @file ORDER BY feed_seq", r => r.GetString(0), ("file", feedFile));

    public void SetFeedFileLength(string feedFile, long committedBytes, long committedLines) =>
        Execute("UPDATE feed_files SET committed_bytes = @bytes, committed_lines = @lines WHERE name = @name",
            ("name", feedFile), ("bytes", committedBytes), ("lines", committedLines));

    public IReadOnlyList<FeedFileState> FeedFiles() =>
        ReadAll("SELECT name, committed_bytes, committed_lines FROM feed_files ORDER BY name",
            r => new FeedFileState(r.GetString(0), r.GetInt64(1), r.GetInt64(2)));

    public void RecordFailure(string sourceName, string input, string reason, DateTimeOffset now) =>
        InTransaction((connection, transaction) => RecordFailureIn(connection, transaction, sourceName, input, reason, now));

    public void ClearFailure(string sourceName, string input) =>
        Execute("DELETE FROM failures WHERE source = @source AND input = @input", ("source", sourceName), ("input", input));

    public bool IsDropped(string sourceName, string url, DateTimeOffset? listedAt)
    {
        var failedAt = ReadOne("SELECT failed_at FROM failures WHERE source = @source AND input = @url AND permanent",
            r => (DateTimeOffset?)r.GetFieldValue<DateTimeOffset>(0), ("source", sourceName), ("url", url));
        if (failedAt is not { } failed) return false;
        return listedAt is not { } date || date <= failed;
    }

    public IReadOnlyList<FailedInput> Failures() =>
        ReadAll("SELECT source, input, reason, failed_at, attempts, permanent FROM failures ORDER BY source, input",
            r => new FailedInput(r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3), r.GetInt32(4), r.GetBoolean(5)));

    public PageState? FindPage(string url) =>
        ReadOne("SELECT url, source, etag, last_modified, article_id, fetched_at FROM pages WHERE url = @url",
            r => new PageState(r.GetString(0), r.GetString(1), NullableString(r, 2), NullableString(r, 3), NullableString(r, 4),
                r.GetFieldValue<DateTimeOffset>(5)), ("url", url));

    public void SavePage(PageState page) => InTransaction((connection, transaction) => SavePageIn(connection, transaction, page));

    public bool Enqueue(string sourceName, string url, DateTimeOffset now)
    {
        var added = false;
        InTransaction((connection, transaction) =>
        {
            var host = HostKeys.Of(url);
            using (var hostRow = Command(connection, transaction,
                "INSERT INTO hosts (host, next_fetch_at, delay_ms) VALUES (@host, 'epoch', 0) ON CONFLICT (host) DO NOTHING", ("host", host)))
                hostRow.ExecuteNonQuery();
            using var insert = Command(connection, transaction,
                "INSERT INTO frontier (url, source, host, discovered_at) VALUES (@url, @source, @host, @now) ON CONFLICT (url) DO NOTHING",
                ("url", url), ("source", sourceName), ("host", host), ("now", now.ToUniversalTime()));
            added = insert.ExecuteNonQuery() == 1;
        });
        return added;
    }

    public bool EnqueueUnlessFetchedSince(string sourceName, string url, DateTimeOffset? seenFetchedAt, DateTimeOffset now)
    {
        var added = false;
        InTransaction((connection, transaction) =>
        {
            // The URL's lock, held to the commit: a completion of this URL by another node is wholly before or after.
            LockUrlIn(connection, transaction, url);
            var host = HostKeys.Of(url);
            using (var hostRow = Command(connection, transaction,
                "INSERT INTO hosts (host, next_fetch_at, delay_ms) VALUES (@host, 'epoch', 0) ON CONFLICT (host) DO NOTHING", ("host", host)))
                hostRow.ExecuteNonQuery();
            using var insert = Command(connection, transaction,
                """
                INSERT INTO frontier (url, source, host, discovered_at)
                SELECT @url, @source, @host, @now
                WHERE (SELECT fetched_at FROM pages WHERE url = @url) IS NOT DISTINCT FROM @seen::timestamptz
                ON CONFLICT (url) DO NOTHING
                """,
                ("url", url), ("source", sourceName), ("host", host), ("now", now.ToUniversalTime()), ("seen", seenFetchedAt?.ToUniversalTime()));
            added = insert.ExecuteNonQuery() == 1;
        });
        return added;
    }

    private static void LockUrlIn(NpgsqlConnection connection, NpgsqlTransaction transaction, string url)
    {
        using var command = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@class, hashtext(@url))",
            ("class", PostgresSchema.UrlLockClass), ("url", url));
        command.ExecuteNonQuery();
    }

    public IReadOnlyList<FrontierItem> Frontier(string? sourceName = null, int limit = int.MaxValue) =>
        sourceName is null
            ? ReadAll("SELECT url, source, discovered_at, attempts, last_error FROM frontier ORDER BY attempts, discovered_at, url LIMIT @limit",
                ReadFrontierItem, ("limit", limit))
            : ReadAll("SELECT url, source, discovered_at, attempts, last_error FROM frontier WHERE source = @source ORDER BY attempts, discovered_at, url LIMIT @limit",
                ReadFrontierItem, ("source", sourceName), ("limit", limit));

    public void CompletePage(string frontierUrl, PageState page, ArticleState? article, string? jsonLine, DateTimeOffset now) =>
        InTransaction((connection, transaction) =>
        {
            LockUrlIn(connection, transaction, frontierUrl);
            if (article is not null && jsonLine is not null) SaveProcessedIn(connection, transaction, article, jsonLine, now);
            SavePageIn(connection, transaction, page);
            if (!string.Equals(page.Url, frontierUrl, StringComparison.Ordinal))
                SavePageIn(connection, transaction, page with { Url = frontierUrl });
            using (var delete = Command(connection, transaction, "DELETE FROM frontier WHERE url = @url", ("url", frontierUrl)))
                delete.ExecuteNonQuery();
            using var cleared = Command(connection, transaction, "DELETE FROM failures WHERE input IN (@url, @final)",
                ("url", frontierUrl), ("final", page.Url));
            cleared.ExecuteNonQuery();
        });

    public bool FailPage(string sourceName, string url, string reason, bool permanent, int maxAttempts, DateTimeOffset now)
    {
        var dropped = false;
        InTransaction((connection, transaction) =>
        {
            RecordFailureIn(connection, transaction, sourceName, url, reason, now);
            using (var update = Command(connection, transaction,
                "UPDATE frontier SET attempts = attempts + 1, last_error = @reason, leased_by = NULL, lease_until = NULL WHERE url = @url",
                ("url", url), ("reason", reason)))
                update.ExecuteNonQuery();
            using (var delete = Command(connection, transaction, "DELETE FROM frontier WHERE url = @url AND (@permanent OR attempts >= @max)",
                ("url", url), ("permanent", permanent), ("max", maxAttempts)))
                dropped = delete.ExecuteNonQuery() == 1;
            if (dropped || permanent)
            {
                using var mark = Command(connection, transaction, "UPDATE failures SET permanent = true WHERE source = @source AND input = @url",
                    ("source", sourceName), ("url", url));
                mark.ExecuteNonQuery();
            }
        });
        return dropped;
    }

    public void SourceRunStarted(string sourceName, DateTimeOffset now) =>
        Execute("""
            INSERT INTO source_runs (source, started_at) VALUES (@source, @now)
            ON CONFLICT (source) DO UPDATE SET started_at = @now
            """, ("source", sourceName), ("now", now.ToUniversalTime()));

    public void SourceRunFinished(string sourceName, int discovered, string? error, DateTimeOffset now) =>
        Execute("""
            INSERT INTO source_runs (source, started_at, finished_at, discovered, error) VALUES (@source, @now, @now, @discovered, @error)
            ON CONFLICT (source) DO UPDATE SET finished_at = @now, discovered = @discovered, error = @error
            """, ("source", sourceName), ("now", now.ToUniversalTime()), ("discovered", discovered), ("error", error));

    public StateSummary Summary()
    {
        var runs = ReadAll("SELECT source, started_at, finished_at, discovered, error FROM source_runs ORDER BY source",
            r => new SourceRunState(r.GetString(0), NullableDate(r, 1), NullableDate(r, 2), r.GetInt32(3), NullableString(r, 4)));
        return new StateSummary(
            Scalar<long>("SELECT COUNT(*) FROM articles"),
            Scalar<long>("SELECT COUNT(*) FROM records"),
            Scalar<long>("SELECT COUNT(*) FROM records WHERE feed_file IS NULL"),
            Scalar<long>("SELECT COUNT(*) FROM frontier"),
            Scalar<long>("SELECT COUNT(*) FROM failures"),
            runs)
        {
            // the reason word before the first colon ("not_article: article score …" → not_article), as SQLite counts it
            FailuresByReason = ReadAll("""
                SELECT split_part(reason, ':', 1) AS kind, COUNT(*) FROM failures GROUP BY kind ORDER BY kind
                """, r => (Kind: r.GetString(0), Count: r.GetInt64(1))).ToDictionary(x => x.Kind, x => x.Count, StringComparer.Ordinal),
        };
    }

    public void Dispose() => _dataSource.Dispose();

    private static void SaveProcessedIn(NpgsqlConnection connection, NpgsqlTransaction transaction, ArticleState state, string jsonLine, DateTimeOffset now)
    {
        UpsertArticleIn(connection, transaction, state, now);
        // ON CONFLICT DO NOTHING keeps the transaction usable; no row inserted means (id, revision) was already stored.
        using var insert = Command(connection, transaction,
            "INSERT INTO records (id, revision, line, created_at) VALUES (@id, @revision, @line, @now) ON CONFLICT (id, revision) DO NOTHING",
            ("id", state.Id), ("revision", state.Revision), ("line", jsonLine), ("now", now.ToUniversalTime()));
        if (insert.ExecuteNonQuery() == 0)
            throw new RecordConflictException(state.Id, state.Revision, new InvalidOperationException("UNIQUE (id, revision)"));
    }

    private static void UpsertArticleIn(NpgsqlConnection connection, NpgsqlTransaction transaction, ArticleState state, DateTimeOffset now)
    {
        using var upsert = Command(connection, transaction,
            """
            INSERT INTO articles (id, source, key, fingerprint, revision, updated_at)
            VALUES (@id, @source, @key, @fingerprint, @revision, @now)
            ON CONFLICT (id) DO UPDATE SET source = @source, key = @key, fingerprint = @fingerprint,
                revision = @revision, updated_at = @now
            """,
            ("id", state.Id), ("source", state.SourceName), ("key", state.Key), ("fingerprint", state.Fingerprint),
            ("revision", state.Revision), ("now", now.ToUniversalTime()));
        upsert.ExecuteNonQuery();
    }

    private static void RecordFailureIn(NpgsqlConnection connection, NpgsqlTransaction transaction, string sourceName, string input, string reason, DateTimeOffset now)
    {
        using var command = Command(connection, transaction,
            """
            INSERT INTO failures (source, input, reason, failed_at, attempts) VALUES (@source, @input, @reason, @now, 1)
            ON CONFLICT (source, input) DO UPDATE SET reason = @reason, failed_at = @now, attempts = failures.attempts + 1
            """,
            ("source", sourceName), ("input", input), ("reason", reason), ("now", now.ToUniversalTime()));
        command.ExecuteNonQuery();
    }

    private static void SavePageIn(NpgsqlConnection connection, NpgsqlTransaction transaction, PageState page)
    {
        using var command = Command(connection, transaction,
            """
            INSERT INTO pages (url, source, etag, last_modified, article_id, fetched_at)
            VALUES (@url, @source, @etag, @modified, @article, @fetched)
            ON CONFLICT (url) DO UPDATE SET source = @source, etag = @etag, last_modified = @modified,
                article_id = COALESCE(@article, pages.article_id), fetched_at = @fetched
            """,
            ("url", page.Url), ("source", page.SourceName), ("etag", page.ETag), ("modified", page.LastModified),
            ("article", page.ArticleId), ("fetched", page.FetchedAt.ToUniversalTime()));
        command.ExecuteNonQuery();
    }

    private static ArticleState ReadArticle(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4));

    private static FrontierItem ReadFrontierItem(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), r.GetInt32(3), NullableString(r, 4));

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? NullableDate(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    private void InTransaction(Action<NpgsqlConnection, NpgsqlTransaction> work)
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        work(connection, transaction);
        transaction.Commit();
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = Command(connection, null, sql, parameters);
        command.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = Command(connection, null, sql, parameters);
        return (T)command.ExecuteScalar()!;
    }

    private T? ReadOne<T>(string sql, Func<NpgsqlDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        return reader.Read() ? read(reader) : default;
    }

    private List<T> ReadAll<T>(string sql, Func<NpgsqlDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var items = new List<T>();
        while (reader.Read()) items.Add(read(reader));
        return items;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
