using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using NewsExtract.Core.Records;

namespace NewsExtract.Storage.Review;

/// <summary>
/// Queues a reviewed record as the article's next revision in the feed outbox (the records table the feed is appended
/// from), inside the caller's transaction, unless the last record published for the same reviewed revision has the same
/// content. Content is the record without its revision number, its <c>review</c> block (who and when) and its count of decisions, so marking
/// reviewed again, or a second reviewer's blind decisions, publish nothing; a correction or a settlement does.
/// </summary>
internal static class ReviewedRecordPublication
{
    /// <summary>Publishes <paramref name="reviewed"/> when its content changed; returns the new revision, or null.</summary>
    public static int? PublishIfChanged(SqliteConnection connection, SqliteTransaction transaction, string recordId, int revision,
        DateTimeOffset now, ArticleRecord reviewed)
    {
        var hash = ContentHash(reviewed);
        if (LastPublishedHash(connection, transaction, recordId, revision) == hash) return null;
        var next = Convert.ToInt32(Scalar(connection, transaction, "SELECT MAX(revision) FROM records WHERE id = $id", ("$id", recordId)),
            CultureInfo.InvariantCulture) + 1;
        Execute(connection, transaction, "INSERT INTO records (id, revision, line, created_at) VALUES ($id, $next, $line, $now)",
            ("$id", recordId), ("$next", next), ("$line", RecordSerializer.ToJsonLine(reviewed with { Revision = next })), ("$now", now.ToString("O")));
        // The worker numbers the article's next extraction after this one.
        Execute(connection, transaction, "UPDATE articles SET revision = MAX(revision, $next) WHERE id = $id", ("$id", recordId), ("$next", next));
        Execute(connection, transaction,
            """
            INSERT INTO review_publications (record_id, reviewed_revision, published_revision, published_at, content_hash)
            VALUES ($id, $revision, $next, $now, $hash)
            """, ("$id", recordId), ("$revision", revision), ("$next", next), ("$now", now.ToString("O")), ("$hash", hash));
        return next;
    }

    /// <summary>The <c>model</c> entry a reviewed record names its review in ("analyst-reviewed (N decisions)").</summary>
    private const string ReviewModelKey = "review";

    /// <summary>
    /// SHA-256 (hex) of the record's JSON line with revision 0, no review block and no count of the decisions behind it
    /// (deciding again what was already decided adds a decision, not a change).
    /// </summary>
    public static string ContentHash(ArticleRecord record)
    {
        var content = record with
        {
            Revision = 0,
            Review = null,
            Model = record.Model.Where(m => m.Key != ReviewModelKey).ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal),
        };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(RecordSerializer.ToJsonLine(content))));
    }

    /// <summary>
    /// The content hash of the latest record published for the reviewed revision; null when none was. A publication
    /// stored before hashes were kept has its hash computed from its line.
    /// </summary>
    private static string? LastPublishedHash(SqliteConnection connection, SqliteTransaction transaction, string recordId, int revision)
    {
        using var command = SqliteDatabase.Command(connection,
            """
            SELECT p.content_hash, r.line FROM review_publications p
            LEFT JOIN records r ON r.id = p.record_id AND r.revision = p.published_revision
            WHERE p.record_id = $id AND p.reviewed_revision = $revision
            ORDER BY p.published_revision DESC LIMIT 1
            """, ("$id", recordId), ("$revision", revision));
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        if (!reader.IsDBNull(0)) return reader.GetString(0);
        return reader.IsDBNull(1) ? null : ContentHash(RecordSerializer.FromJson(reader.GetString(1)));
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string, object?)[] parameters)
    {
        using var command = SqliteDatabase.Command(connection, sql, parameters);
        command.Transaction = transaction;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string, object?)[] parameters)
    {
        using var command = SqliteDatabase.Command(connection, sql, parameters);
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
