using Microsoft.Data.Sqlite;

namespace NewsExtract.Storage.State;

/// <summary>
/// The worker's embedded state in SQLite: which articles were processed (with content fingerprints and revisions),
/// every record produced (an outbox the feed is written from), and how far each feed file is committed.
/// Marking an article processed and queueing its record happen in one transaction, so a crash can neither lose
/// nor duplicate an article.
/// </summary>
public sealed class StateStore : IDisposable
{
    private readonly SqliteConnection _connection;

    public StateStore(string databasePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
        StateSchema.Apply(_connection);
    }

    public ArticleState? Find(string id)
    {
        using var command = Command("SELECT id, source, key, fingerprint, revision FROM articles WHERE id = $id", ("$id", id));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ArticleState(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4))
            : null;
    }

    /// <summary>Records the article as processed at this fingerprint and revision and queues its record, atomically.</summary>
    public void SaveProcessed(ArticleState state, string jsonLine, DateTimeOffset now)
    {
        using var transaction = _connection.BeginTransaction();
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
        using (var insert = Command(
            "INSERT INTO records (id, revision, line, created_at) VALUES ($id, $revision, $line, $now)",
            ("$id", state.Id), ("$revision", state.Revision), ("$line", jsonLine), ("$now", now.ToString("O"))))
        {
            insert.Transaction = transaction;
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>Records not yet in the feed, oldest first.</summary>
    public IReadOnlyList<PendingRecord> Pending(int limit)
    {
        using var command = Command(
            "SELECT seq, id, revision, line FROM records WHERE feed_file IS NULL ORDER BY seq LIMIT $limit", ("$limit", limit));
        using var reader = command.ExecuteReader();
        var pending = new List<PendingRecord>();
        while (reader.Read())
            pending.Add(new PendingRecord(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3)));
        return pending;
    }

    /// <summary>Marks records as written to <paramref name="feedFile"/> and moves that file's committed length, atomically.</summary>
    public void CommitFeed(string feedFile, IReadOnlyList<long> sequences, long committedBytes, long committedLines)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var sequence in sequences)
        {
            using var mark = Command("UPDATE records SET feed_file = $file WHERE seq = $seq", ("$file", feedFile), ("$seq", sequence));
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

    /// <summary>Every feed file with its committed length in bytes and lines, by name.</summary>
    public IReadOnlyList<FeedFileState> FeedFiles()
    {
        using var command = Command("SELECT name, committed_bytes, committed_lines FROM feed_files ORDER BY name");
        using var reader = command.ExecuteReader();
        var files = new List<FeedFileState>();
        while (reader.Read())
            files.Add(new FeedFileState(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
        return files;
    }

    /// <summary>Remembers that an input failed, and why, for operators (and so it can be told apart from never seen).</summary>
    public void RecordFailure(string sourceName, string input, string reason, DateTimeOffset now)
    {
        using var command = Command(
            """
            INSERT INTO failures (source, input, reason, failed_at, attempts) VALUES ($source, $input, $reason, $now, 1)
            ON CONFLICT(source, input) DO UPDATE SET reason = $reason, failed_at = $now, attempts = attempts + 1
            """,
            ("$source", sourceName), ("$input", input), ("$reason", reason), ("$now", now.ToString("O")));
        command.ExecuteNonQuery();
    }

    public long CountRecords()
    {
        using var command = Command("SELECT COUNT(*) FROM records");
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => _connection.Dispose();

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
