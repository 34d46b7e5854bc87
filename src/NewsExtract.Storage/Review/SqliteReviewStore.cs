using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsExtract.Core.Records;
using NewsExtract.Storage.State;

namespace NewsExtract.Storage.Review;

/// <summary>
/// The one-machine adapter of <see cref="IReviewStore"/>: analysts' review decisions in the worker's SQLite state
/// database (its own tables; the worker's are untouched). Safe to use from concurrent requests: every call opens its
/// own connection, and a write that must see every decision before it takes the database's write lock.
/// </summary>
public sealed class SqliteReviewStore : IReviewStore
{
    private readonly string _databasePath;

    public SqliteReviewStore(string databasePath)
    {
        _databasePath = Path.GetFullPath(databasePath);
        // The worker's tables first (a fresh database gets the same schema the worker would create), then ours.
        new SqliteStateStore(_databasePath).Dispose();
        using var connection = Open();
        ReviewSchema.Apply(connection);
    }

    public string DatabasePath => _databasePath;

    /// <summary>
    /// Stores decisions made by one action in one transaction (all or none); when there are several they share a
    /// batch (the first one's sequence number), so one undo takes them all back.
    /// </summary>
    public IReadOnlyList<ReviewDecision> AddMany(IReadOnlyList<ReviewDecision> decisions)
    {
        foreach (var decision in decisions)
        {
            if (!ReviewActions.All.Contains(decision.Action))
                throw new ArgumentException($"Unknown review action '{decision.Action}'.", nameof(decisions));
            if (string.IsNullOrWhiteSpace(decision.Reviewer))
                throw new ArgumentException("A decision needs a reviewer name.", nameof(decisions));
        }
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var stored = new List<ReviewDecision>(decisions.Count);
        long? batch = null;
        foreach (var decision in decisions)
        {
            using var command = SqliteDatabase.Command(connection,
                """
                INSERT INTO review_decisions (record_id, revision, target, action, type, start, end, title, country, amount,
                    currency, measure, period, organization, amount_max, change, participants, location, event_when, value, unit,
                    event_type, event_status, participant_roles, reviewer, decided_at, batch, settles)
                VALUES ($id, $revision, $target, $action, $type, $start, $end, $title, $country, $amount, $currency, $measure,
                    $period, $organization, $amountMax, $change, $participants, $location, $when, $value, $unit, $eventType, $eventStatus, $roles, $reviewer, $at, $batch, $settles);
                SELECT last_insert_rowid();
                """,
                ("$id", decision.RecordId), ("$revision", decision.Revision), ("$target", decision.Target),
                ("$action", decision.Action), ("$type", decision.Type), ("$start", decision.Start), ("$end", decision.End),
                ("$title", decision.Title), ("$country", decision.Country), ("$amount", Number(decision.Amount)),
                ("$currency", decision.Currency), ("$measure", decision.Measure), ("$period", decision.Period),
                ("$organization", decision.Organization), ("$amountMax", Number(decision.AmountMax)), ("$change", decision.Change),
                ("$participants", decision.Participants is null ? null : JsonSerializer.Serialize(decision.Participants)),
                ("$location", decision.Location), ("$when", decision.When), ("$value", Number(decision.Value)), ("$unit", decision.Unit), ("$eventType", decision.EventType),
                ("$eventStatus", decision.EventStatus),
                ("$roles", decision.Roles is null ? null : JsonSerializer.Serialize(decision.Roles)),
                ("$reviewer", decision.Reviewer), ("$at", decision.DecidedAt.ToString("O")), ("$batch", batch),
                ("$settles", decision.Settles ? 1 : null));
            command.Transaction = transaction;
            var sequence = (long)command.ExecuteScalar()!;
            if (decisions.Count > 1 && batch is null)
            {
                batch = sequence;
                using var mark = SqliteDatabase.Command(connection, "UPDATE review_decisions SET batch = $seq WHERE seq = $seq", ("$seq", sequence));
                mark.Transaction = transaction;
                mark.ExecuteNonQuery();
            }
            stored.Add(decision with { Sequence = sequence, Batch = batch });
        }
        foreach (var (recordId, revision) in decisions.Select(d => (d.RecordId, d.Revision)).Distinct())
            UnpublishedChanges.Mark(connection, transaction, recordId, revision);
        transaction.Commit();
        return stored;
    }

    /// <summary>The decisions in force for a record revision (undone ones left out), oldest first.</summary>
    public IReadOnlyList<ReviewDecision> Decisions(string recordId, int revision)
    {
        using var connection = Open();
        using var command = SqliteDatabase.Command(connection,
            $"SELECT {Columns} FROM review_decisions WHERE record_id = $id AND revision = $revision AND undone_at IS NULL ORDER BY seq",
            ("$id", recordId), ("$revision", revision));
        return ReadDecisions(command);
    }

    /// <summary>Every decision on a record revision, undone ones included (with when they were undone), oldest first.</summary>
    public IReadOnlyList<ReviewDecision> History(string recordId, int revision)
    {
        using var connection = Open();
        using var command = SqliteDatabase.Command(connection,
            $"SELECT {Columns} FROM review_decisions WHERE record_id = $id AND revision = $revision ORDER BY seq",
            ("$id", recordId), ("$revision", revision));
        return ReadDecisions(command);
    }

    /// <summary>
    /// Marks <paramref name="reviewer"/>'s latest decision on the record revision undone (with the rest of its batch);
    /// null when there is none. Returns the latest decision undone.
    /// </summary>
    public ReviewDecision? Undo(string recordId, int revision, string reviewer, DateTimeOffset now)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        ReviewDecision? last;
        using (var find = SqliteDatabase.Command(connection,
            $"""
            SELECT {Columns} FROM review_decisions
            WHERE record_id = $id AND revision = $revision AND reviewer = $reviewer AND undone_at IS NULL
            ORDER BY seq DESC LIMIT 1
            """,
            ("$id", recordId), ("$revision", revision), ("$reviewer", reviewer)))
        {
            find.Transaction = transaction;
            last = ReadDecisions(find).FirstOrDefault();
        }
        if (last is null) return null;
        using (var mark = SqliteDatabase.Command(connection,
            "UPDATE review_decisions SET undone_at = $now WHERE undone_at IS NULL AND (seq = $seq OR ($batch IS NOT NULL AND batch = $batch))",
            ("$now", now.ToString("O")), ("$seq", last.Sequence), ("$batch", last.Batch)))
        {
            mark.Transaction = transaction;
            mark.ExecuteNonQuery();
        }
        UnpublishedChanges.Mark(connection, transaction, recordId, revision);
        transaction.Commit();
        return last;
    }

    /// <summary>Marks the record revision completely reviewed (again: the latest reviewer and time win).</summary>
    public void Complete(string recordId, int revision, string reviewer, DateTimeOffset now)
    {
        using var connection = Open();
        using var command = SqliteDatabase.Command(connection,
            """
            INSERT INTO review_completions (record_id, revision, reviewer, completed_at) VALUES ($id, $revision, $reviewer, $now)
            ON CONFLICT(record_id, revision) DO UPDATE SET reviewer = $reviewer, completed_at = $now
            """,
            ("$id", recordId), ("$revision", revision), ("$reviewer", reviewer), ("$now", now.ToString("O")));
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Marks the record revision reviewed and, in the same transaction, queues the reviewed record as the article's next
    /// revision in the feed outbox (the records table the feed is appended from) when its content differs from the last
    /// record published for this reviewed revision: marking it reviewed again without a change publishes nothing.
    /// <paramref name="reviewedBy"/> builds the reviewed record from the name of the reviewer who completed it; it is
    /// called while the transaction holds the database's write lock, so it sees every decision committed before.
    /// Returns the published revision, or null when nothing changed.
    /// </summary>
    public int? CompleteAndPublish(string recordId, int revision, string reviewer, DateTimeOffset now, Func<string, ArticleRecord> reviewedBy)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        using (var complete = SqliteDatabase.Command(connection,
            """
            INSERT INTO review_completions (record_id, revision, reviewer, completed_at) VALUES ($id, $revision, $reviewer, $now)
            ON CONFLICT(record_id, revision) DO UPDATE SET reviewer = $reviewer, completed_at = $now
            """, ("$id", recordId), ("$revision", revision), ("$reviewer", reviewer), ("$now", now.ToString("O"))))
        {
            complete.Transaction = transaction;
            complete.ExecuteNonQuery();
        }
        var published = ReviewedRecordPublication.PublishIfChanged(connection, transaction, recordId, revision, now, reviewedBy(reviewer));
        UnpublishedChanges.Clear(connection, transaction, recordId, revision);
        transaction.Commit();
        return published;
    }

    /// <summary>
    /// When the record revision is marked reviewed and its reviewed record changed since it was last published (a
    /// correction, a settlement or an undo made after completion), queues it as the article's next revision, whole and
    /// once: the check and the write happen in one transaction under the write lock, so concurrent or repeated calls
    /// publish one change once. Returns the published revision, or null (not reviewed, nothing changed, or the models have a
    /// newer revision of the article).
    /// </summary>
    public int? PublishChanges(string recordId, int revision, DateTimeOffset now, Func<string, ArticleRecord> reviewedBy)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var published = PublishChanges(connection, transaction, recordId, revision, now, reviewedBy);
        UnpublishedChanges.Clear(connection, transaction, recordId, revision);
        transaction.Commit();
        return published;
    }

    private static int? PublishChanges(SqliteConnection connection, SqliteTransaction transaction, string recordId, int revision,
        DateTimeOffset now, Func<string, ArticleRecord> reviewedBy)
    {
        string? completedBy;
        using (var completion = SqliteDatabase.Command(connection,
            "SELECT reviewer FROM review_completions WHERE record_id = $id AND revision = $revision", ("$id", recordId), ("$revision", revision)))
        {
            completion.Transaction = transaction;
            completedBy = completion.ExecuteScalar() as string;
        }
        if (completedBy is null) return null;
        // The models extracted the article again since: the feed's latest is their newer record, which a late change to
        // the review of an older revision must not replace (that revision is reviewed on its own).
        using (var newer = SqliteDatabase.Command(connection,
            """
            SELECT EXISTS (SELECT 1 FROM records r WHERE r.id = $id AND r.revision > $revision
                AND NOT EXISTS (SELECT 1 FROM review_publications p WHERE p.record_id = r.id AND p.published_revision = r.revision))
            """, ("$id", recordId), ("$revision", revision)))
        {
            newer.Transaction = transaction;
            if (Convert.ToInt64(newer.ExecuteScalar(), CultureInfo.InvariantCulture) == 1) return null;
        }
        return ReviewedRecordPublication.PublishIfChanged(connection, transaction, recordId, revision, now, reviewedBy(completedBy));
    }

    /// <summary>
    /// Reviewed record revisions changed (a decision, an undo, a role) and not yet compared with the feed: what was
    /// stored just before the process stopped, in id and revision order.
    /// </summary>
    public IReadOnlyList<(string RecordId, int Revision)> UnpublishedChangeList()
    {
        using var connection = Open();
        using var command = SqliteDatabase.Command(connection,
            "SELECT record_id, revision FROM review_unpublished_changes ORDER BY record_id, revision");
        using var reader = command.ExecuteReader();
        var result = new List<(string, int)>();
        while (reader.Read()) result.Add((reader.GetString(0), reader.GetInt32(1)));
        return result;
    }

    /// <summary>Every revision a reviewed revision was published as (the first on completion, then one per later change), oldest first.</summary>
    public IReadOnlyList<int> PublishedRevisions(string recordId, int revision)
    {
        using var connection = Open();
        using var command = SqliteDatabase.Command(connection,
            "SELECT published_revision FROM review_publications WHERE record_id = $id AND reviewed_revision = $revision ORDER BY published_revision",
            ("$id", recordId), ("$revision", revision));
        using var reader = command.ExecuteReader();
        var result = new List<int>();
        while (reader.Read()) result.Add(reader.GetInt32(0));
        return result;
    }

    /// <summary>Gives the article to <paramref name="reviewer"/> in <paramref name="role"/> (again: the role changes).</summary>
    public void Assign(string recordId, string reviewer, string role, string assignedBy, DateTimeOffset now)
    {
        if (!ReviewRoles.All.Contains(role)) throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = SqliteDatabase.Command(connection,
            """
            INSERT INTO review_assignments (record_id, reviewer, role, assigned_by, assigned_at) VALUES ($id, $reviewer, $role, $by, $now)
            ON CONFLICT(record_id, reviewer) DO UPDATE SET role = $role, assigned_by = $by, assigned_at = $now
            """,
            ("$id", recordId), ("$reviewer", reviewer), ("$role", role), ("$by", assignedBy), ("$now", now.ToString("O")));
        command.Transaction = transaction;
        command.ExecuteNonQuery();
        // The role decides whether the reviewer's decisions make the record of every revision marked reviewed.
        UnpublishedChanges.MarkEveryCompleted(connection, transaction, recordId);
        transaction.Commit();
    }

    /// <summary>The article's assignments (every revision), by reviewer; with <paramref name="recordId"/> null, every article's.</summary>
    public IReadOnlyList<ReviewAssignment> Assignments(string? recordId = null)
    {
        using var connection = Open();
        using var command = SqliteDatabase.Command(connection,
            """
            SELECT record_id, reviewer, role, assigned_by, assigned_at, completed_at FROM review_assignments
            WHERE $id IS NULL OR record_id = $id ORDER BY record_id, reviewer
            """, ("$id", recordId));
        using var reader = command.ExecuteReader();
        var result = new List<ReviewAssignment>();
        while (reader.Read())
            result.Add(new ReviewAssignment(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                reader.IsDBNull(5) ? null : DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture)));
        return result;
    }

    /// <summary>Marks a second reviewer's opinion complete (the article's own completion is the first reviewer's).</summary>
    public void CompleteSecondOpinion(string recordId, string reviewer, DateTimeOffset now)
    {
        using var connection = Open();
        using var command = SqliteDatabase.Command(connection,
            "UPDATE review_assignments SET completed_at = $now WHERE record_id = $id AND reviewer = $reviewer AND role = 'second'",
            ("$id", recordId), ("$reviewer", reviewer), ("$now", now.ToString("O")));
        command.ExecuteNonQuery();
    }

    /// <summary>Takes back the completion mark; the decisions stay.</summary>
    public void Reopen(string recordId, int revision)
    {
        using var connection = Open();
        using var command = SqliteDatabase.Command(connection,
            "DELETE FROM review_completions WHERE record_id = $id AND revision = $revision", ("$id", recordId), ("$revision", revision));
        command.ExecuteNonQuery();
    }

    public ReviewCompletion? Completion(string recordId, int revision)
    {
        using var connection = Open();
        using var command = SqliteDatabase.Command(connection,
            "SELECT reviewer, completed_at FROM review_completions WHERE record_id = $id AND revision = $revision",
            ("$id", recordId), ("$revision", revision));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ReviewCompletion(recordId, revision, reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>
    /// Every record that has a review (decisions in force or a completion mark), each at its highest reviewed
    /// revision, in id order.
    /// </summary>
    public IReadOnlyList<(string RecordId, int Revision)> ReviewedRevisions()
    {
        using var connection = Open();
        using var command = SqliteDatabase.Command(connection,
            """
            SELECT record_id, MAX(revision) FROM (
                SELECT record_id, revision FROM review_decisions WHERE undone_at IS NULL
                UNION SELECT record_id, revision FROM review_completions)
            GROUP BY record_id ORDER BY record_id
            """);
        using var reader = command.ExecuteReader();
        var result = new List<(string, int)>();
        while (reader.Read()) result.Add((reader.GetString(0), reader.GetInt32(1)));
        return result;
    }

    private const string Columns =
        "seq, record_id, revision, target, action, type, start, end, title, country, amount, currency, measure, period, reviewer, decided_at, " +
        "organization, amount_max, change, participants, location, event_when, value, unit, batch, undone_at, event_type, event_status, participant_roles, settles";

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static decimal? Number(SqliteDataReader reader, int ordinal) =>
        NullableString(reader, ordinal) is { } text ? decimal.Parse(text, CultureInfo.InvariantCulture) : null;

    private static List<ReviewDecision> ReadDecisions(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var decisions = new List<ReviewDecision>();
        while (reader.Read())
        {
            decisions.Add(new ReviewDecision
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
                Amount = NullableString(reader, 10) is { } amount ? decimal.Parse(amount, CultureInfo.InvariantCulture) : null,
                Currency = NullableString(reader, 11),
                Measure = NullableString(reader, 12),
                Period = NullableString(reader, 13),
                Reviewer = reader.GetString(14),
                DecidedAt = DateTimeOffset.Parse(reader.GetString(15), CultureInfo.InvariantCulture),
                Organization = NullableString(reader, 16),
                AmountMax = Number(reader, 17),
                Change = NullableString(reader, 18),
                Participants = NullableString(reader, 19) is { } names ? JsonSerializer.Deserialize<List<string>>(names) : null,
                Location = NullableString(reader, 20),
                When = NullableString(reader, 21),
                Value = Number(reader, 22),
                Unit = NullableString(reader, 23),
                Batch = reader.IsDBNull(24) ? null : reader.GetInt64(24),
                UndoneAt = NullableString(reader, 25) is { } undone ? DateTimeOffset.Parse(undone, CultureInfo.InvariantCulture) : null,
                EventType = NullableString(reader, 26),
                EventStatus = NullableString(reader, 27),
                Roles = NullableString(reader, 28) is { } roles ? JsonSerializer.Deserialize<Dictionary<string, string>>(roles) : null,
                Settles = !reader.IsDBNull(29) && reader.GetInt64(29) == 1,
            });
        }
        return decisions;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private SqliteConnection Open() => SqliteDatabase.Open(_databasePath);
}
