using System.Text;
using Microsoft.Data.Sqlite;
using NewsExtract.Core.Records;

namespace NewsExtract.Storage.Review;

/// <summary>
/// The one-machine adapter of <see cref="IRecordQueries"/>: filters run in SQLite over the record JSON
/// (<c>json_extract</c>, <c>json_each</c>).
/// </summary>
public sealed class SqliteRecordQueries(string databasePath) : IRecordQueries
{
    private readonly string _databasePath = Path.GetFullPath(databasePath);

    public RecordPage List(RecordFilter filter)
    {
        var page = Math.Max(1, filter.Page);
        var pageSize = Math.Clamp(filter.PageSize, 1, 500);
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        if (Clean(filter.Text) is { } text)
        {
            where.Append(" AND (title LIKE $text ESCAPE '\\' OR json_extract(line, '$.text') LIKE $text ESCAPE '\\')");
            parameters.Add(("$text", Like(text)));
        }
        if (Clean(filter.Source) is { } source)
        {
            where.Append(" AND source = $source");
            parameters.Add(("$source", source));
        }
        if (filter.From is { } from)
        {
            where.Append(" AND substr(published, 1, 10) >= $from");
            parameters.Add(("$from", from.ToString("yyyy-MM-dd")));
        }
        if (filter.To is { } to)
        {
            where.Append(" AND substr(published, 1, 10) <= $to");
            parameters.Add(("$to", to.ToString("yyyy-MM-dd")));
        }
        if (Clean(filter.Entity) is { } entity)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM json_each(line, '$.persons') e WHERE json_extract(e.value, '$.name') LIKE $entity ESCAPE '\\'")
                 .Append(" UNION ALL SELECT 1 FROM json_each(line, '$.officials') e WHERE json_extract(e.value, '$.name') LIKE $entity ESCAPE '\\'")
                 .Append(" UNION ALL SELECT 1 FROM json_each(line, '$.organizations') e WHERE json_extract(e.value, '$.name') LIKE $entity ESCAPE '\\'")
                 .Append(" UNION ALL SELECT 1 FROM json_each(line, '$.locations') e WHERE json_extract(e.value, '$.name') LIKE $entity ESCAPE '\\')");
            parameters.Add(("$entity", Like(entity)));
        }
        if (Clean(filter.EventType) is { } eventType)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM json_each(line, '$.events') e WHERE json_extract(e.value, '$.type') = $event)");
            parameters.Add(("$event", eventType));
        }
        if (Clean(filter.AssignedTo) is { } assignee)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM review_assignments a WHERE a.record_id = latest.id AND a.reviewer = $assignee)");
            parameters.Add(("$assignee", assignee));
        }
        if (Clean(filter.Status) == ReviewStatuses.Open)
        {
            where.Append(" AND status <> 'reviewed'");
        }
        else if (Clean(filter.Status) is { } status)
        {
            where.Append(" AND status = $status");
            parameters.Add(("$status", status));
        }

        using var connection = Open();
        int total;
        using (var count = SqliteDatabase.Command(connection, $"{Latest} SELECT COUNT(*) FROM latest {where}", [.. parameters]))
            total = Convert.ToInt32(count.ExecuteScalar()!);

        using var command = SqliteDatabase.Command(connection,
            $"""
            {Latest}
            SELECT id, revision, title, source, published,
                json_array_length(line, '$.persons') + json_array_length(line, '$.officials'),
                json_array_length(line, '$.organizations'), json_array_length(line, '$.money'),
                json_array_length(line, '$.events'), status,
                (SELECT d.reviewer FROM review_decisions d WHERE d.record_id = latest.id AND d.revision = latest.revision
                    AND d.undone_at IS NULL ORDER BY d.seq DESC LIMIT 1),
                (SELECT d.decided_at FROM review_decisions d WHERE d.record_id = latest.id AND d.revision = latest.revision
                    AND d.undone_at IS NULL ORDER BY d.seq DESC LIMIT 1)
            FROM latest {where}
            {RecordSorts.OrderBy(filter.Sort, filter.Descending)}
            LIMIT $limit OFFSET $offset
            """,
            [.. parameters, ("$limit", pageSize), ("$offset", (page - 1) * pageSize)]);
        using var reader = command.ExecuteReader();
        var items = new List<RecordSummary>();
        while (reader.Read())
        {
            items.Add(new RecordSummary(
                reader.GetString(0), reader.GetInt32(1), Nullable(reader, 2), reader.GetString(3), Nullable(reader, 4),
                reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetString(9),
                Nullable(reader, 10), Nullable(reader, 11)));
        }
        return new RecordPage(items, total, page, pageSize);
    }

    /// <summary>The record at <paramref name="revision"/>, or at its latest revision when null; null when unknown.</summary>
    public StoredRecord? Find(string id, int? revision = null)
    {
        using var connection = Open();
        using var command = SqliteDatabase.Command(connection,
            $"""
            SELECT line, (SELECT MAX(r2.revision) FROM records r2 WHERE r2.id = $id AND {NotPublishedReview("r2")}) FROM records r
            WHERE id = $id AND ($revision IS NULL OR revision = $revision) AND ($revision IS NOT NULL OR {NotPublishedReview("r")})
            ORDER BY revision DESC LIMIT 1
            """,
            ("$id", id), ("$revision", revision));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredRecord(RecordSerializer.FromJson(reader.GetString(0)), reader.GetInt32(1)) : null;
    }

    /// <summary>The source names present, for the list's filter.</summary>
    public IReadOnlyList<string> Sources()
    {
        using var connection = Open();
        using var command = SqliteDatabase.Command(connection,
            "SELECT DISTINCT json_extract(line, '$.source.name') AS name FROM records WHERE name IS NOT NULL ORDER BY name");
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>The latest revision of each record with the columns the filters use; status comes from the review tables.</summary>
    private const string Latest =
        """
        WITH latest AS (
            SELECT r.id AS id, r.revision AS revision, r.line AS line,
                json_extract(r.line, '$.title') AS title,
                json_extract(r.line, '$.source.name') AS source,
                json_extract(r.line, '$.publishedAt') AS published,
                CASE
                    WHEN EXISTS (SELECT 1 FROM review_completions c WHERE c.record_id = r.id AND c.revision = r.revision) THEN 'reviewed'
                    WHEN EXISTS (SELECT 1 FROM review_decisions d WHERE d.record_id = r.id AND d.revision = r.revision AND d.undone_at IS NULL) THEN 'in_progress'
                    ELSE 'unreviewed' END AS status
            FROM records r
            WHERE r.revision = (SELECT MAX(r2.revision) FROM records r2 WHERE r2.id = r.id
                AND NOT EXISTS (SELECT 1 FROM review_publications p WHERE p.record_id = r2.id AND p.published_revision = r2.revision)))
        """;

    /// <summary>
    /// A condition on records alias <paramref name="alias"/>: not a reviewed record the review published to the feed
    /// (the list and the article view show what the models extracted; the published review is its outcome).
    /// </summary>
    private static string NotPublishedReview(string alias) =>
        $"NOT EXISTS (SELECT 1 FROM review_publications p WHERE p.record_id = {alias}.id AND p.published_revision = {alias}.revision)";

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Like(string value) =>
        "%" + value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    private static string? Nullable(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private SqliteConnection Open() => SqliteDatabase.Open(_databasePath);
}
