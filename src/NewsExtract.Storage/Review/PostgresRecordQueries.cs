using System.Text;
using Npgsql;
using NewsExtract.Core.Records;
using static NewsExtract.Storage.Review.PostgresDatabase;

namespace NewsExtract.Storage.Review;

/// <summary>
/// The cluster adapter of <see cref="IRecordQueries"/>: the same list, filters and lookups as
/// <see cref="SqliteRecordQueries"/> over the shared <c>records</c> table, the record JSON read as <c>jsonb</c>. Text
/// filters match case-insensitively (<c>ILIKE</c>; SQLite's <c>LIKE</c> folds ASCII letters only). Does not own the
/// data source.
/// </summary>
public sealed class PostgresRecordQueries(NpgsqlDataSource dataSource) : IRecordQueries
{
    public RecordPage List(RecordFilter filter)
    {
        var page = Math.Max(1, filter.Page);
        var pageSize = Math.Clamp(filter.PageSize, 1, 500);
        var where = new StringBuilder("WHERE true");
        var parameters = new List<(string, object?)>();
        if (Clean(filter.Text) is { } text)
        {
            where.Append(@" AND (title ILIKE @text ESCAPE '\' OR doc->>'text' ILIKE @text ESCAPE '\')");
            parameters.Add(("text", Like(text)));
        }
        if (Clean(filter.Source) is { } source)
        {
            where.Append(" AND source = @source");
            parameters.Add(("source", source));
        }
        if (filter.From is { } from)
        {
            where.Append(" AND left(published, 10) >= @from");
            parameters.Add(("from", from.ToString("yyyy-MM-dd")));
        }
        if (filter.To is { } to)
        {
            where.Append(" AND left(published, 10) <= @to");
            parameters.Add(("to", to.ToString("yyyy-MM-dd")));
        }
        if (Clean(filter.Entity) is { } entity)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM jsonb_array_elements(")
                 .Append(Array("persons")).Append(" || ").Append(Array("officials")).Append(" || ")
                 .Append(Array("organizations")).Append(" || ").Append(Array("locations"))
                 .Append(@") e WHERE e->>'name' ILIKE @entity ESCAPE '\')");
            parameters.Add(("entity", Like(entity)));
        }
        if (Clean(filter.EventType) is { } eventType)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM jsonb_array_elements(").Append(Array("events")).Append(") e WHERE e->>'type' = @event)");
            parameters.Add(("event", eventType));
        }
        if (Clean(filter.AssignedTo) is { } assignee)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM review_assignments a WHERE a.record_id = latest.id AND a.reviewer = @assignee)");
            parameters.Add(("assignee", assignee));
        }
        if (Clean(filter.Status) == ReviewStatuses.Open)
        {
            where.Append(" AND status <> 'reviewed'");
        }
        else if (Clean(filter.Status) is { } status)
        {
            where.Append(" AND status = @status");
            parameters.Add(("status", status));
        }

        using var connection = dataSource.OpenConnection();
        var total = (int)ReadAll(connection, null, $"{Latest} SELECT COUNT(*) FROM latest {where}", r => r.GetInt64(0), [.. parameters])[0];
        var items = ReadAll(connection, null,
            $"""
            {Latest}
            SELECT id, revision, title, source, published,
                jsonb_array_length({Array("persons")}) + jsonb_array_length({Array("officials")}),
                jsonb_array_length({Array("organizations")}), jsonb_array_length({Array("money")}),
                jsonb_array_length({Array("events")}), status,
                (SELECT d.reviewer FROM review_decisions d WHERE d.record_id = latest.id AND d.revision = latest.revision
                    AND d.undone_at IS NULL ORDER BY d.seq DESC LIMIT 1),
                (SELECT d.decided_at FROM review_decisions d WHERE d.record_id = latest.id AND d.revision = latest.revision
                    AND d.undone_at IS NULL ORDER BY d.seq DESC LIMIT 1)
            FROM latest {where}
            {RecordSorts.OrderByPostgres(filter.Sort, filter.Descending)}
            LIMIT @limit OFFSET @offset
            """,
            r => new RecordSummary(
                r.GetString(0), r.GetInt32(1), NullableString(r, 2), r.GetString(3), NullableString(r, 4),
                r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetString(9),
                NullableString(r, 10), r.IsDBNull(11) ? null : r.GetFieldValue<DateTimeOffset>(11).ToString("O")),
            [.. parameters, ("limit", pageSize), ("offset", (page - 1) * pageSize)]);
        return new RecordPage(items, total, page, pageSize);
    }

    public StoredRecord? Find(string id, int? revision = null)
    {
        using var connection = dataSource.OpenConnection();
        return ReadAll(connection, null,
            $"""
            SELECT line, (SELECT MAX(r2.revision) FROM records r2 WHERE r2.id = @id AND {NotPublishedReview("r2")}) FROM records r
            WHERE id = @id AND (@revision::integer IS NULL OR revision = @revision) AND (@revision::integer IS NOT NULL OR {NotPublishedReview("r")})
            ORDER BY revision DESC LIMIT 1
            """,
            r => new StoredRecord(RecordSerializer.FromJson(r.GetString(0)), r.GetInt32(1)),
            ("id", id), ("revision", revision)).FirstOrDefault();
    }

    public IReadOnlyList<string> Sources()
    {
        using var connection = dataSource.OpenConnection();
        return ReadAll(connection, null,
            """
            SELECT DISTINCT name FROM (SELECT (line::jsonb->'source'->>'name') COLLATE "C" AS name FROM records) named
            WHERE name IS NOT NULL ORDER BY name
            """, r => r.GetString(0));
    }

    /// <summary>The latest revision of each record with the columns the filters use; status comes from the review tables.</summary>
    private static readonly string Latest =
        $"""
        WITH latest AS (
            SELECT r.id COLLATE "C" AS id, r.revision AS revision, parsed.doc AS doc,
                parsed.doc->>'title' AS title,
                parsed.doc->'source'->>'name' AS source,
                parsed.doc->>'publishedAt' AS published,
                CASE
                    WHEN EXISTS (SELECT 1 FROM review_completions c WHERE c.record_id = r.id AND c.revision = r.revision) THEN 'reviewed'
                    WHEN EXISTS (SELECT 1 FROM review_decisions d WHERE d.record_id = r.id AND d.revision = r.revision AND d.undone_at IS NULL) THEN 'in_progress'
                    ELSE 'unreviewed' END AS status
            FROM records r CROSS JOIN LATERAL (SELECT r.line::jsonb AS doc) parsed
            WHERE r.revision = (SELECT MAX(r2.revision) FROM records r2 WHERE r2.id = r.id AND {NotPublishedReview("r2")}))
        """;

    /// <summary>The list's record's array <paramref name="field"/> (an empty array when the record has none).</summary>
    private static string Array(string field) =>
        $"(CASE WHEN jsonb_typeof(doc->'{field}') = 'array' THEN doc->'{field}' ELSE '[]'::jsonb END)";

    /// <summary>
    /// A condition on records alias <paramref name="alias"/>: not a reviewed record the review published to the feed
    /// (the list and the article view show what the models extracted; the published review is its outcome).
    /// </summary>
    private static string NotPublishedReview(string alias) =>
        $"NOT EXISTS (SELECT 1 FROM review_publications p WHERE p.record_id = {alias}.id AND p.published_revision = {alias}.revision)";

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Like(string value) =>
        "%" + value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
