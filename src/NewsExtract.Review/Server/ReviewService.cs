using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Review.Annotations;
using NewsExtract.Review.Decisions;
using NewsExtract.Review.Pages;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Server;

/// <summary>
/// What the review endpoints do, without HTTP: load an article with its decisions, check and store a decision (one
/// extraction, or a whole entity or type at once), undo, mark complete, find the next article to review, and produce
/// the reviewed record. Every change is signed with the reviewer the caller proved to be. Requests that cannot apply
/// throw <see cref="ReviewRequestException"/> with the reason.
/// </summary>
public sealed partial class ReviewService(IReviewStore store, IRecordQueries records, TimeProvider clock)
{
    public const string EntityScope = "entity";
    public const string TypeScope = "type";

    public IRecordQueries Records => records;

    public IReviewStore Store => store;

    public ArticleView? View(string id, int? revision, string reviewer)
    {
        if (records.Find(id, revision) is not { } stored) return null;
        var record = stored.Record;
        var assignments = store.Assignments(record.Id);
        var second = assignments.FirstOrDefault(a => a.Reviewer == reviewer && a.Role == ReviewRoles.Second);
        // A second reviewer works blind: only their own decisions, their own history, their own completion.
        var decisions = second is not null
            ? [.. store.Decisions(record.Id, record.Revision).Where(d => d.Reviewer == reviewer)]
            : store.PrimaryDecisions(record.Id, record.Revision);
        var history = store.History(record.Id, record.Revision).Where(d => second is null ? !IsSecond(assignments, d.Reviewer) : d.Reviewer == reviewer).ToList();
        var completion = second is not null
            ? second.CompletedAt is { } done ? new ReviewCompletion(record.Id, record.Revision, reviewer, done) : null
            : store.Completion(record.Id, record.Revision);
        var status = completion is not null ? ReviewStatuses.Reviewed : decisions.Count > 0 ? ReviewStatuses.InProgress : ReviewStatuses.Unreviewed;
        return new ArticleView(stored, ReviewFolder.Fold(record, decisions), decisions, status, completion, reviewer, history, assignments);
    }

    private static bool IsSecond(IReadOnlyList<ReviewAssignment> assignments, string reviewer) =>
        assignments.Any(a => a.Reviewer == reviewer && a.Role == ReviewRoles.Second);

    /// <summary>Gives the article to a reviewer as first or second reviewer; <paramref name="by"/> is who assigns.</summary>
    public void Assign(string id, string? assignee, string? role, string by)
    {
        var stored = records.Find(id) ?? throw new ReviewRequestException($"No record {id}.");
        var name = Clean(assignee) ?? throw new ReviewRequestException("Name the reviewer to assign.");
        if (name.Length > 64) throw new ReviewRequestException("A reviewer name has at most 64 characters.");
        var part = Clean(role)?.ToLowerInvariant() ?? ReviewRoles.First;
        if (!ReviewRoles.All.Contains(part)) throw new ReviewRequestException("The role is first or second.");
        store.Assign(id, name, part, by, clock.GetUtcNow());
        // A role decides whether the reviewer's decisions make the record: changed on a reviewed article, it may change it.
        PublishChanges(id, stored.Record.Revision);
    }

    /// <summary>
    /// Gives <paramref name="assignee"/> a blind second opinion on <paramref name="percent"/> % (rounded up) of the
    /// articles under <paramref name="filter"/>, leaving out those they review first, decided on, or already have.
    /// The sample is the articles first in the order of their id's SHA-256, so it is spread over sources and days and
    /// the same share asked again picks the same articles. Returns how many were assigned and how many were eligible.
    /// </summary>
    public (int Assigned, int Eligible) AssignSample(RecordFilter filter, string? assignee, int? percent, string by)
    {
        var name = Clean(assignee) ?? throw new ReviewRequestException("Name the reviewer who gives the second opinions.");
        if (name.Length > 64) throw new ReviewRequestException("A reviewer name has at most 64 characters.");
        if (percent is not (>= 1 and <= 100)) throw new ReviewRequestException("The sample is 1 to 100 percent of the articles.");
        var eligible = new List<(string Id, string Order)>();
        for (var page = 1; ; page++)
        {
            var list = records.List(filter with { Page = page, PageSize = 500 });
            foreach (var item in list.Items)
            {
                if (store.Assignments(item.Id).Any(a => a.Reviewer == name)) continue;
                if (store.Decisions(item.Id, item.Revision).Any(d => d.Reviewer == name)) continue;
                if (store.Completion(item.Id, item.Revision)?.Reviewer == name) continue;
                eligible.Add((item.Id, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(item.Id)))));
            }
            if (page >= list.PageCount) break;
        }
        var count = (int)Math.Ceiling(eligible.Count * percent.Value / 100.0);
        var now = clock.GetUtcNow();
        foreach (var (id, _) in eligible.OrderBy(e => e.Order, StringComparer.Ordinal).Take(count))
            store.Assign(id, name, ReviewRoles.Second, by, now);
        return (count, eligible.Count);
    }

    /// <summary>How many of a record revision's extractions have a decision, out of how many.</summary>
    public (int Decided, int Total) Progress(string id, int revision)
    {
        if (records.Find(id, revision) is not { } stored) return (0, 0);
        var annotations = ReviewFolder.Fold(stored.Record, store.PrimaryDecisions(id, revision));
        return (annotations.Count(a => a.State != AnnotationStates.Pending), annotations.Count);
    }

    /// <summary>Checks a decision against the article as it stands and stores it, signed by <paramref name="reviewer"/>.</summary>
    public ReviewDecision Decide(string id, DecisionRequest request, string reviewer)
    {
        var view = Load(id, request.Revision, reviewer);
        var text = view.Stored.Record.Text;
        var action = request.Action?.Trim().ToLowerInvariant();
        var currency = Clean(request.Currency)?.ToUpperInvariant();
        CheckFields(request, currency);
        var hasSpan = request.Start is not null || request.End is not null;
        if (hasSpan) CheckSpan(text, request.Start, request.End);

        string target;
        switch (action)
        {
            case ReviewActions.Accept or ReviewActions.Reject:
                target = Find(view, request.Target).Key;
                break;
            case ReviewActions.Correct:
            {
                var item = Find(view, request.Target);
                target = item.Key;
                var kind = item.Current.Kind;
                if (Clean(request.Type) is { } type)
                {
                    if (!AnnotationKinds.TypesFor(kind).Contains(type))
                        throw new ReviewRequestException($"'{type}' is not a type a {AnnotationKinds.Title(kind).ToLowerInvariant()} can take.");
                    if (kind != AnnotationKinds.Event) kind = type;
                }
                if (kind == AnnotationKinds.Money && (request.Amount ?? item.Current.Amount) is null)
                    throw new ReviewRequestException("An amount of money needs the amount.");
                if (kind == AnnotationKinds.Money && (currency ?? item.Current.Currency) is null)
                    throw new ReviewRequestException("An amount of money needs its currency (ISO 4217, e.g. USD).");
                if ((request.AmountMax ?? item.Current.AmountMax) is { } max and not 0 && (request.Amount ?? item.Current.Amount) is { } min && max < min)
                    throw new ReviewRequestException("The upper end of a range cannot be below the amount.");
                CheckRoles(request, kind, request.Participants ?? item.Current.Participants);
                break;
            }
            case ReviewActions.Add:
            {
                var type = Clean(request.Type);
                if (type is null || !AnnotationKinds.Addable.Contains(type))
                    throw new ReviewRequestException($"An addition needs a type: one of {string.Join(", ", AnnotationKinds.Addable)}.");
                if (!hasSpan) throw new ReviewRequestException("An addition needs its span (select the text).");
                if (type == AnnotationKinds.Money && (request.Amount is null || currency is null))
                    throw new ReviewRequestException("An added amount of money needs the amount and the currency.");
                if (type == AnnotationKinds.Percentage && request.Value is null)
                    throw new ReviewRequestException("An added percentage needs its value.");
                if (type == AnnotationKinds.Date && Clean(request.When) is null)
                    throw new ReviewRequestException("An added date needs its value (ISO 8601, e.g. 2024-05-14).");
                if (type == AnnotationKinds.Event && (Clean(request.EventType) is not { } eventType || !EventTypes.All.Contains(eventType)))
                    throw new ReviewRequestException($"An added event needs its type: one of {string.Join(", ", EventTypes.All)}.");
                CheckRoles(request, type, request.Participants ?? []);
                var key = ReviewFolder.AddedKey(type, request.Start!.Value, request.End!.Value);
                target = key;
                for (var n = 2; view.Annotations.Any(a => a.Key == target) || view.Decisions.Any(d => d.Target == target); n++)
                    target = $"{key}#{n}";
                break;
            }
            default:
                throw new ReviewRequestException($"Unknown action '{request.Action}': use accept, reject, correct or add.");
        }

        var isChange = action is ReviewActions.Correct or ReviewActions.Add;
        var decision = new ReviewDecision
        {
            RecordId = view.Stored.Record.Id,
            Revision = view.Stored.Record.Revision,
            Target = target,
            Action = action,
            Reviewer = reviewer,
            DecidedAt = clock.GetUtcNow(),
            Settles = Settling(request, view),
        };
        if (isChange)
        {
            decision = decision with
            {
                Type = Clean(request.Type),
                Start = request.Start,
                End = request.End,
                Title = request.Title?.Trim(),
                Country = request.Country?.Trim(),
                Organization = request.Organization?.Trim(),
                Amount = request.Amount,
                AmountMax = request.AmountMax,
                Currency = currency,
                Measure = request.Measure?.Trim(),
                Period = request.Period?.Trim(),
                Change = request.Change?.Trim(),
                EventType = Clean(request.EventType),
                EventStatus = request.Status?.Trim(),
                Participants = request.Participants?.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
                Roles = request.Roles is { Count: > 0 } roles
                    ? roles.ToDictionary(r => r.Key.Trim(), r => r.Value.Trim().ToLowerInvariant(), StringComparer.Ordinal)
                    : null,
                Location = request.Location?.Trim(),
                When = request.When?.Trim(),
                Value = request.Value,
                Unit = Clean(request.Unit),
            };
        }
        var stored = store.Add(decision);
        PublishChanges(id, stored.Revision);
        return stored;
    }

    /// <summary>
    /// One decision for many extractions, stored as one batch (one undo takes it back): accept or reject every mention
    /// of the target's entity (scope "entity"), or every extraction of the target's type in the article (scope "type").
    /// Accepting touches only pending extractions; rejecting touches every one not yet rejected. Returns the count.
    /// </summary>
    public int DecideMany(string id, DecisionRequest request, string reviewer)
    {
        var view = Load(id, request.Revision, reviewer);
        var action = request.Action?.Trim().ToLowerInvariant();
        if (action is not (ReviewActions.Accept or ReviewActions.Reject))
            throw new ReviewRequestException($"A bulk decision accepts or rejects, not '{request.Action}'.");
        var item = Find(view, request.Target);
        var scope = request.Scope?.Trim().ToLowerInvariant();
        IEnumerable<ReviewedAnnotation> covered = scope switch
        {
            EntityScope => view.Annotations.Where(a => a.Current.Kind == item.Current.Kind && a.Current.Group == item.Current.Group),
            TypeScope => view.Annotations.Where(a => a.Current.Kind == item.Current.Kind),
            _ => throw new ReviewRequestException($"Unknown scope '{request.Scope}': use entity or type."),
        };
        // Settling decides again on purpose, so it covers decided extractions too (keeping a decision is settling it).
        var settles = Settling(request, view);
        var targets = covered
            .Where(a => settles || (action == ReviewActions.Accept ? a.State == AnnotationStates.Pending : a.State != AnnotationStates.Rejected))
            .Select(a => a.Key).ToList();
        if (targets.Count == 0) return 0;
        var now = clock.GetUtcNow();
        store.AddMany([.. targets.Select(target => new ReviewDecision
        {
            RecordId = view.Stored.Record.Id, Revision = view.Stored.Record.Revision, Target = target, Action = action,
            Reviewer = reviewer, DecidedAt = now, Settles = settles,
        })]);
        PublishChanges(view.Stored.Record.Id, view.Stored.Record.Revision);
        return targets.Count;
    }

    /// <summary>Only a first reviewer settles: a second reviewer's opinion never reaches the record, so it settles nothing.</summary>
    private static bool Settling(DecisionRequest request, ArticleView view) => request.Settles == true && view.Role != ReviewRoles.Second;

    public ReviewDecision? Undo(string id, int revision, string reviewer)
    {
        if (!Exists(id, revision)) throw NotFound(id, revision);
        var undone = store.Undo(id, revision, reviewer, clock.GetUtcNow());
        if (undone is not null) PublishChanges(id, revision);
        return undone;
    }

    /// <summary>
    /// Marks the article reviewed (or reopens it). With extractions still pending the reviewer must say what becomes of
    /// them: <c>pending = "accept"</c> accepts them (one batch) first; otherwise the request is refused with the count.
    /// </summary>
    public void Complete(string id, DecisionRequest request, string reviewer)
    {
        var view = Load(id, request.Revision, reviewer);
        var revision = view.Stored.Record.Revision;
        var isSecond = view.Role == ReviewRoles.Second;
        if (request.Done == false)
        {
            if (!isSecond) store.Reopen(id, revision);
            return;
        }
        var pending = view.Annotations.Where(a => a.State == AnnotationStates.Pending).Select(a => a.Key).ToList();
        if (pending.Count > 0)
        {
            if (!string.Equals(request.Pending, ReviewActions.Accept, StringComparison.OrdinalIgnoreCase))
                throw new ReviewRequestException($"{pending.Count} extraction{(pending.Count == 1 ? " is" : "s are")} still pending: accept or reject {(pending.Count == 1 ? "it" : "them")} first, or confirm accepting {(pending.Count == 1 ? "it" : "them")}.");
            var at = clock.GetUtcNow();
            store.AddMany([.. pending.Select(target => new ReviewDecision
            {
                RecordId = id, Revision = revision, Target = target, Action = ReviewActions.Accept, Reviewer = reviewer, DecidedAt = at,
            })]);
        }
        var now = clock.GetUtcNow();
        if (isSecond)
        {
            store.CompleteSecondOpinion(id, reviewer, now);
            return;
        }
        // The reviewed record goes to the feed as the article's next revision, in the same transaction as the completion,
        // unless the feed already has it as it stands (marked reviewed again without a change).
        store.CompleteAndPublish(id, revision, reviewer, now, completedBy => ReviewedRecord(view.Stored.Record, completedBy, now));
    }

    /// <summary>
    /// After a change to an article already marked reviewed (a correction, a settlement, an undo), publishes its reviewed
    /// record as the next revision when it differs from the one last published; nothing when the article is not marked
    /// reviewed or the record is unchanged (a second reviewer's blind decisions never change it).
    /// </summary>
    public int? PublishChanges(string id, int revision)
    {
        var models = records.Find(id, revision)?.Record;
        if (models is null) return null;
        var now = clock.GetUtcNow();
        return store.PublishChanges(id, revision, now, completedBy => ReviewedRecord(models, completedBy, now));
    }

    /// <summary>
    /// Publishes the changes to reviewed articles stored but not yet compared with the feed (the process stopped between
    /// storing a decision and publishing it), each once. Run when the server starts; returns how many were published.
    /// </summary>
    public int PublishPendingChanges() =>
        store.UnpublishedChangeList().Count(change => PublishChanges(change.RecordId, change.Revision) is not null);

    /// <summary>The models' record with the first reviewers' decisions applied and the review block (who, when).</summary>
    private ArticleRecord ReviewedRecord(ArticleRecord models, string completedBy, DateTimeOffset at)
    {
        var decisions = store.PrimaryDecisions(models.Id, models.Revision);
        var reviewers = decisions.Select(d => d.Reviewer).Append(completedBy).Distinct(StringComparer.Ordinal).ToList();
        return ReviewedRecordBuilder.Build(models, ReviewFolder.Fold(models, decisions), decisions.Count,
            new ReviewRecord(ReviewStatuses.Reviewed, reviewers, at));
    }

    /// <summary>The next article still to review under <paramref name="filter"/> (list order), other than <paramref name="after"/>.</summary>
    public string? Next(RecordFilter filter, string? after)
    {
        var open = filter with { Status = filter.Status is ReviewStatuses.Unreviewed or ReviewStatuses.InProgress ? filter.Status : ReviewStatuses.Open, PageSize = 100 };
        for (var page = 1; ; page++)
        {
            var list = records.List(open with { Page = page });
            if (list.Items.FirstOrDefault(i => i.Id != after) is { } next) return next.Id;
            if (page >= list.PageCount) return null;
        }
    }

    /// <summary>The record with its decisions applied, in the public schema; null when the record is unknown.</summary>
    public ArticleRecord? Reviewed(string id, int? revision, string reviewer) =>
        View(id, revision, reviewer) is { } view ? ReviewedRecordBuilder.Build(view.Stored.Record, view.Annotations, view.Decisions.Count) : null;

    private ArticleView Load(string id, int revision, string reviewer) =>
        View(id, revision, reviewer) ?? throw NotFound(id, revision);

    private bool Exists(string id, int revision) => records.Find(id, revision) is not null;

    private static ReviewRequestException NotFound(string id, int revision) => new($"No record {id} at revision {revision}.");

    private static ReviewedAnnotation Find(ArticleView view, string? target) =>
        view.Annotations.FirstOrDefault(a => a.Key == target)
        ?? throw new ReviewRequestException($"The article has no extraction '{target}'.");

    private static void CheckFields(DecisionRequest request, string? currency)
    {
        if (currency is not null && !CurrencyCode().IsMatch(currency))
            throw new ReviewRequestException($"'{request.Currency}' is not a three-letter currency code.");
        if (request.Amount is < 0 || request.AmountMax is < 0)
            throw new ReviewRequestException("An amount cannot be negative.");
        if (Clean(request.Measure) is { } measure && !MoneyMeasures.All.Contains(measure))
            throw new ReviewRequestException($"'{measure}' is not a measure; use one of: {string.Join(", ", MoneyMeasures.All)}.");
        if (Clean(request.Change) is { } change && !ChangeDirections.All.Contains(change))
            throw new ReviewRequestException($"'{change}' is not a change; use one of: {string.Join(", ", ChangeDirections.All)}.");
        if (Clean(request.Status) is { } status && !EventStatuses.All.Contains(status))
            throw new ReviewRequestException($"'{status}' is not an event status; use one of: {string.Join(", ", EventStatuses.All)}.");
        if (Clean(request.When) is { } when && !IsoDate().IsMatch(when))
            throw new ReviewRequestException($"'{when}' is not an ISO 8601 date (2024, 2024-05, 2024-05-14 or 2024-01/2024-03).");
        if (Clean(request.Unit) is { } unit && unit is not ("percent" or "percentagePoints"))
            throw new ReviewRequestException("A percentage's unit is percent or percentagePoints.");
        if (request.Participants is { Count: > 50 })
            throw new ReviewRequestException("An event has at most 50 participants.");
        if (request.Roles is { Count: > 50 })
            throw new ReviewRequestException("An event has at most 50 participants, so at most 50 roles.");
        if (Clean(request.Type) is { } type && request.Action == ReviewActions.Correct && EventTypes.All.Contains(type) is false
            && AnnotationKinds.Assignable.Contains(type) is false)
            throw new ReviewRequestException($"'{type}' is neither an extraction type nor an event type.");
    }

    /// <summary>
    /// Roles are set only on events, each one of the record's roles, each for a participant the event has once the
    /// decision applies (a role for a name that is not a participant would be lost silently).
    /// </summary>
    private static void CheckRoles(DecisionRequest request, string kind, IReadOnlyList<string> participants)
    {
        if (request.Roles is not { Count: > 0 } roles) return;
        if (kind != AnnotationKinds.Event)
            throw new ReviewRequestException("Only an event's participants have roles.");
        var names = new HashSet<string>(participants.Select(p => p.Trim()), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, role) in roles)
        {
            var clean = name.Trim();
            if (!seen.Add(clean))
                throw new ReviewRequestException($"'{clean}' has two roles.");
            if (!names.Contains(clean))
                throw new ReviewRequestException($"'{clean}' is not a participant of this event; add it to the participants first.");
            if (!EventRoles.All.Contains(role?.Trim().ToLowerInvariant()))
                throw new ReviewRequestException($"'{role}' is not a participant role; use one of: {string.Join(", ", EventRoles.All)}.");
        }
    }

    private static void CheckSpan(string text, int? start, int? end)
    {
        if (start is not { } s || end is not { } e)
            throw new ReviewRequestException("A span needs both start and end.");
        if (s < 0 || e > text.Length || s >= e)
            throw new ReviewRequestException($"The span [{s}, {e}) is outside the text (length {text.Length}) or empty.");
        if (string.IsNullOrWhiteSpace(text[s..e]))
            throw new ReviewRequestException("The span covers only white space.");
        if (char.IsWhiteSpace(text[s]) || char.IsWhiteSpace(text[e - 1]))
            throw new ReviewRequestException("The span starts or ends with white space; select the words only.");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")]
    private static partial Regex IsoDate();
}
