using System.Text.Json;
using Npgsql;
using NewsExtract.Core.Records;
using static NewsExtract.Storage.Review.PostgresDatabase;

namespace NewsExtract.Storage.Review;

/// <summary>
/// The cluster adapter of <see cref="IReviewStore"/>: the review tables in the PostgreSQL database every node shares
/// (schema version 3), beside the worker's records, so a reviewed record published here is queued in the cluster's
/// outbox and stamped into the feed by whichever node holds the exporter role. Where the SQLite adapter relies on its
/// single writer, every change to an article's review takes that article's transaction lock
/// (<see cref="PostgresDatabase.LockReview"/>). Does not own the data source.
/// </summary>
public sealed class PostgresReviewStore(NpgsqlDataSource dataSource) : IReviewStore
{
    private const string Columns =
        "seq, record_id, revision, target, action, type, start, \"end\", title, country, amount, currency, measure, period, reviewer, decided_at, " +
        "organization, amount_max, change, participants, location, event_when, value, unit, batch, undone_at, event_type, event_status, participant_roles, settles";

    public IReadOnlyList<ReviewDecision> AddMany(IReadOnlyList<ReviewDecision> decisions)
    {
        foreach (var decision in decisions)
        {
            if (!ReviewActions.All.Contains(decision.Action))
                throw new ArgumentException($"Unknown review action '{decision.Action}'.", nameof(decisions));
            if (string.IsNullOrWhiteSpace(decision.Reviewer))
                throw new ArgumentException("A decision needs a reviewer name.", nameof(decisions));
        }
        var stored = new List<ReviewDecision>(decisions.Count);
        InTransaction((connection, transaction) =>
        {
            foreach (var recordId in decisions.Select(d => d.RecordId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                LockReview(connection, transaction, recordId);
            long? batch = null;
            foreach (var decision in decisions)
            {
                using var command = Command(connection, transaction,
                    """
                    INSERT INTO review_decisions (record_id, revision, target, action, type, start, "end", title, country, amount,
                        currency, measure, period, organization, amount_max, change, participants, location, event_when, value, unit,
                        event_type, event_status, participant_roles, reviewer, decided_at, batch, settles)
                    VALUES (@id, @revision, @target, @action, @type, @start, @end, @title, @country, @amount, @currency, @measure,
                        @period, @organization, @amountMax, @change, @participants, @location, @when, @value, @unit, @eventType, @eventStatus,
                        @roles, @reviewer, @at, @batch, @settles)
                    RETURNING seq
                    """,
                    ("id", decision.RecordId), ("revision", decision.Revision), ("target", decision.Target),
                    ("action", decision.Action), ("type", decision.Type), ("start", decision.Start), ("end", decision.End),
                    ("title", decision.Title), ("country", decision.Country), ("amount", decision.Amount),
                    ("currency", decision.Currency), ("measure", decision.Measure), ("period", decision.Period),
                    ("organization", decision.Organization), ("amountMax", decision.AmountMax), ("change", decision.Change),
                    ("participants", decision.Participants is null ? null : JsonSerializer.Serialize(decision.Participants)),
                    ("location", decision.Location), ("when", decision.When), ("value", decision.Value), ("unit", decision.Unit),
                    ("eventType", decision.EventType), ("eventStatus", decision.EventStatus),
                    ("roles", decision.Roles is null ? null : JsonSerializer.Serialize(decision.Roles)),
                    ("reviewer", decision.Reviewer), ("at", decision.DecidedAt.ToUniversalTime()), ("batch", batch),
                    ("settles", decision.Settles));
                var sequence = (long)command.ExecuteScalar()!;
                if (decisions.Count > 1 && batch is null)
                {
                    batch = sequence;
                    Execute(connection, transaction, "UPDATE review_decisions SET batch = @seq WHERE seq = @seq", ("seq", sequence));
                }
                stored.Add(decision with { Sequence = sequence, Batch = batch });
            }
            foreach (var (recordId, revision) in decisions.Select(d => (d.RecordId, d.Revision)).Distinct())
                MarkUnpublished(connection, transaction, recordId, revision);
        });
        return stored;
    }

    public IReadOnlyList<ReviewDecision> Decisions(string recordId, int revision) => Read(connection =>
        ReadAll(connection, null,
            $"SELECT {Columns} FROM review_decisions WHERE record_id = @id AND revision = @revision AND undone_at IS NULL ORDER BY seq",
            ReadDecision, ("id", recordId), ("revision", revision)));

    public IReadOnlyList<ReviewDecision> History(string recordId, int revision) => Read(connection =>
        ReadAll(connection, null,
            $"SELECT {Columns} FROM review_decisions WHERE record_id = @id AND revision = @revision ORDER BY seq",
            ReadDecision, ("id", recordId), ("revision", revision)));

    public ReviewDecision? Undo(string recordId, int revision, string reviewer, DateTimeOffset now)
    {
        ReviewDecision? last = null;
        InTransaction((connection, transaction) =>
        {
            LockReview(connection, transaction, recordId);
            last = ReadAll(connection, transaction,
                $"""
                SELECT {Columns} FROM review_decisions
                WHERE record_id = @id AND revision = @revision AND reviewer = @reviewer AND undone_at IS NULL
                ORDER BY seq DESC LIMIT 1
                """, ReadDecision, ("id", recordId), ("revision", revision), ("reviewer", reviewer)).FirstOrDefault();
            if (last is null) return;
            Execute(connection, transaction,
                "UPDATE review_decisions SET undone_at = @now WHERE undone_at IS NULL AND (seq = @seq OR (@batch::bigint IS NOT NULL AND batch = @batch))",
                ("now", now.ToUniversalTime()), ("seq", last.Sequence), ("batch", last.Batch));
            MarkUnpublished(connection, transaction, recordId, revision);
        });
        return last;
    }

    public void Complete(string recordId, int revision, string reviewer, DateTimeOffset now) =>
        InTransaction((connection, transaction) =>
        {
            LockReview(connection, transaction, recordId);
            UpsertCompletion(connection, transaction, recordId, revision, reviewer, now);
        });

    public int? CompleteAndPublish(string recordId, int revision, string reviewer, DateTimeOffset now, Func<string, ArticleRecord> reviewedBy)
    {
        int? published = null;
        InTransaction((connection, transaction) =>
        {
            LockReview(connection, transaction, recordId);
            UpsertCompletion(connection, transaction, recordId, revision, reviewer, now);
            published = PostgresReviewedRecordPublication.PublishIfChanged(connection, transaction, recordId, revision, now, reviewedBy(reviewer));
            ClearUnpublished(connection, transaction, recordId, revision);
        });
        return published;
    }

    public int? PublishChanges(string recordId, int revision, DateTimeOffset now, Func<string, ArticleRecord> reviewedBy)
    {
        int? published = null;
        InTransaction((connection, transaction) =>
        {
            LockReview(connection, transaction, recordId);
            published = PublishChangesIn(connection, transaction, recordId, revision, now, reviewedBy);
            ClearUnpublished(connection, transaction, recordId, revision);
        });
        return published;
    }

    private static int? PublishChangesIn(NpgsqlConnection connection, NpgsqlTransaction transaction, string recordId, int revision,
        DateTimeOffset now, Func<string, ArticleRecord> reviewedBy)
    {
        var completedBy = ReadAll(connection, transaction, "SELECT reviewer FROM review_completions WHERE record_id = @id AND revision = @revision",
            r => r.GetString(0), ("id", recordId), ("revision", revision)).FirstOrDefault();
        if (completedBy is null) return null;
        // The models extracted the article again since: the feed's latest is their newer record, which a late change to
        // the review of an older revision must not replace (that revision is reviewed on its own).
        var newer = ReadAll(connection, transaction,
            """
            SELECT EXISTS (SELECT 1 FROM records r WHERE r.id = @id AND r.revision > @revision
                AND NOT EXISTS (SELECT 1 FROM review_publications p WHERE p.record_id = r.id AND p.published_revision = r.revision))
            """, r => r.GetBoolean(0), ("id", recordId), ("revision", revision))[0];
        if (newer) return null;
        return PostgresReviewedRecordPublication.PublishIfChanged(connection, transaction, recordId, revision, now, reviewedBy(completedBy));
    }

    public IReadOnlyList<(string RecordId, int Revision)> UnpublishedChangeList() => Read(connection =>
        ReadAll(connection, null, "SELECT record_id, revision FROM review_unpublished_changes ORDER BY record_id, revision",
            r => (r.GetString(0), r.GetInt32(1))));

    public IReadOnlyList<int> PublishedRevisions(string recordId, int revision) => Read(connection =>
        ReadAll(connection, null,
            "SELECT published_revision FROM review_publications WHERE record_id = @id AND reviewed_revision = @revision ORDER BY published_revision",
            r => r.GetInt32(0), ("id", recordId), ("revision", revision)));

    public void Assign(string recordId, string reviewer, string role, string assignedBy, DateTimeOffset now)
    {
        if (!ReviewRoles.All.Contains(role)) throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        InTransaction((connection, transaction) =>
        {
            LockReview(connection, transaction, recordId);
            Execute(connection, transaction,
                """
                INSERT INTO review_assignments (record_id, reviewer, role, assigned_by, assigned_at) VALUES (@id, @reviewer, @role, @by, @now)
                ON CONFLICT (record_id, reviewer) DO UPDATE SET role = @role, assigned_by = @by, assigned_at = @now
                """, ("id", recordId), ("reviewer", reviewer), ("role", role), ("by", assignedBy), ("now", now.ToUniversalTime()));
            // The role decides whether the reviewer's decisions make the record of every revision marked reviewed.
            Execute(connection, transaction,
                """
                INSERT INTO review_unpublished_changes (record_id, revision)
                SELECT record_id, revision FROM review_completions WHERE record_id = @id
                ON CONFLICT DO NOTHING
                """, ("id", recordId));
        });
    }

    public IReadOnlyList<ReviewAssignment> Assignments(string? recordId = null) => Read(connection =>
        ReadAll(connection, null,
            """
            SELECT record_id, reviewer, role, assigned_by, assigned_at, completed_at FROM review_assignments
            WHERE @id::text IS NULL OR record_id = @id ORDER BY record_id, reviewer
            """,
            r => new ReviewAssignment(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4),
                r.IsDBNull(5) ? null : r.GetFieldValue<DateTimeOffset>(5)),
            ("id", recordId)));

    public void CompleteSecondOpinion(string recordId, string reviewer, DateTimeOffset now) =>
        InTransaction((connection, transaction) =>
        {
            LockReview(connection, transaction, recordId);
            Execute(connection, transaction,
                "UPDATE review_assignments SET completed_at = @now WHERE record_id = @id AND reviewer = @reviewer AND role = 'second'",
                ("id", recordId), ("reviewer", reviewer), ("now", now.ToUniversalTime()));
        });

    public void Reopen(string recordId, int revision) =>
        InTransaction((connection, transaction) =>
        {
            LockReview(connection, transaction, recordId);
            Execute(connection, transaction, "DELETE FROM review_completions WHERE record_id = @id AND revision = @revision",
                ("id", recordId), ("revision", revision));
        });

    public ReviewCompletion? Completion(string recordId, int revision) => Read(connection =>
        ReadAll(connection, null, "SELECT reviewer, completed_at FROM review_completions WHERE record_id = @id AND revision = @revision",
            r => new ReviewCompletion(recordId, revision, r.GetString(0), r.GetFieldValue<DateTimeOffset>(1)),
            ("id", recordId), ("revision", revision)).FirstOrDefault());

    public IReadOnlyList<(string RecordId, int Revision)> ReviewedRevisions() => Read(connection =>
        ReadAll(connection, null,
            """
            SELECT record_id, MAX(revision) FROM (
                SELECT record_id, revision FROM review_decisions WHERE undone_at IS NULL
                UNION SELECT record_id, revision FROM review_completions) reviewed
            GROUP BY record_id ORDER BY record_id
            """, r => (r.GetString(0), r.GetInt32(1))));

    private static void UpsertCompletion(NpgsqlConnection connection, NpgsqlTransaction transaction, string recordId, int revision,
        string reviewer, DateTimeOffset now) =>
        Execute(connection, transaction,
            """
            INSERT INTO review_completions (record_id, revision, reviewer, completed_at) VALUES (@id, @revision, @reviewer, @now)
            ON CONFLICT (record_id, revision) DO UPDATE SET reviewer = @reviewer, completed_at = @now
            """, ("id", recordId), ("revision", revision), ("reviewer", reviewer), ("now", now.ToUniversalTime()));

    /// <summary>Journals a change to the record revision when it is marked reviewed (changes to one still in review wait for completion).</summary>
    private static void MarkUnpublished(NpgsqlConnection connection, NpgsqlTransaction transaction, string recordId, int revision) =>
        Execute(connection, transaction,
            """
            INSERT INTO review_unpublished_changes (record_id, revision)
            SELECT record_id, revision FROM review_completions WHERE record_id = @id AND revision = @revision
            ON CONFLICT DO NOTHING
            """, ("id", recordId), ("revision", revision));

    private static void ClearUnpublished(NpgsqlConnection connection, NpgsqlTransaction transaction, string recordId, int revision) =>
        Execute(connection, transaction, "DELETE FROM review_unpublished_changes WHERE record_id = @id AND revision = @revision",
            ("id", recordId), ("revision", revision));

    private static ReviewDecision ReadDecision(NpgsqlDataReader reader) => new()
    {
        Sequence = reader.GetInt64(0),
        RecordId = reader.GetString(1),
        Revision = reader.GetInt32(2),
        Target = reader.GetString(3),
        Action = reader.GetString(4),
        Type = NullableString(reader, 5),
        Start = reader.IsDBNull(6) ? null : reader.GetInt32(6),
        End = reader.IsDBNull(7) ? null : reader.GetInt32(7),
        Title = NullableString(reader, 8),
        Country = NullableString(reader, 9),
        Amount = NullableNumber(reader, 10),
        Currency = NullableString(reader, 11),
        Measure = NullableString(reader, 12),
        Period = NullableString(reader, 13),
        Reviewer = reader.GetString(14),
        DecidedAt = reader.GetFieldValue<DateTimeOffset>(15),
        Organization = NullableString(reader, 16),
        AmountMax = NullableNumber(reader, 17),
        Change = NullableString(reader, 18),
        Participants = NullableString(reader, 19) is { } names ? JsonSerializer.Deserialize<List<string>>(names) : null,
        Location = NullableString(reader, 20),
        When = NullableString(reader, 21),
        Value = NullableNumber(reader, 22),
        Unit = NullableString(reader, 23),
        Batch = reader.IsDBNull(24) ? null : reader.GetInt64(24),
        UndoneAt = reader.IsDBNull(25) ? null : reader.GetFieldValue<DateTimeOffset>(25),
        EventType = NullableString(reader, 26),
        EventStatus = NullableString(reader, 27),
        Roles = NullableString(reader, 28) is { } roles ? JsonSerializer.Deserialize<Dictionary<string, string>>(roles) : null,
        Settles = reader.GetBoolean(29),
    };

    private static decimal? NullableNumber(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal);

    private T Read<T>(Func<NpgsqlConnection, T> read)
    {
        using var connection = dataSource.OpenConnection();
        return read(connection);
    }

    private void InTransaction(Action<NpgsqlConnection, NpgsqlTransaction> work)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        work(connection, transaction);
        transaction.Commit();
    }
}
