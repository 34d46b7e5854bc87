using Npgsql;
using NewsExtract.Core.Records;
using static NewsExtract.Storage.Review.PostgresDatabase;

namespace NewsExtract.Storage.Review;

/// <summary>
/// <see cref="ReviewedRecordPublication"/> on PostgreSQL: queues a reviewed record as the article's next revision in the
/// cluster's outbox (<c>records</c>, left for the feed exporter to stamp with its feed sequence), inside the caller's
/// transaction, unless the last record published for the same reviewed revision has the same content
/// (<see cref="ReviewedRecordPublication.ContentHash"/>).
/// </summary>
internal static class PostgresReviewedRecordPublication
{
    /// <summary>Publishes <paramref name="reviewed"/> when its content changed; returns the new revision, or null.</summary>
    public static int? PublishIfChanged(NpgsqlConnection connection, NpgsqlTransaction transaction, string recordId, int revision,
        DateTimeOffset now, ArticleRecord reviewed)
    {
        var hash = ReviewedRecordPublication.ContentHash(reviewed);
        var last = ReadAll(connection, transaction,
            """
            SELECT content_hash FROM review_publications WHERE record_id = @id AND reviewed_revision = @revision
            ORDER BY published_revision DESC LIMIT 1
            """, r => r.GetString(0), ("id", recordId), ("revision", revision)).FirstOrDefault();
        if (last == hash) return null;
        var next = ReadAll(connection, transaction, "SELECT COALESCE(MAX(revision), 0) + 1 FROM records WHERE id = @id",
            r => r.GetInt32(0), ("id", recordId))[0];
        Execute(connection, transaction, "INSERT INTO records (id, revision, line, created_at) VALUES (@id, @next, @line, @now)",
            ("id", recordId), ("next", next), ("line", RecordSerializer.ToJsonLine(reviewed with { Revision = next })), ("now", now.ToUniversalTime()));
        // The worker numbers the article's next extraction after this one.
        Execute(connection, transaction, "UPDATE articles SET revision = GREATEST(revision, @next) WHERE id = @id", ("id", recordId), ("next", next));
        Execute(connection, transaction,
            """
            INSERT INTO review_publications (record_id, reviewed_revision, published_revision, published_at, content_hash)
            VALUES (@id, @revision, @next, @now, @hash)
            """, ("id", recordId), ("revision", revision), ("next", next), ("now", now.ToUniversalTime()), ("hash", hash));
        return next;
    }
}
