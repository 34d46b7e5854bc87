using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Review.Annotations;
using NewsExtract.Review.Decisions;
using NewsExtract.Review.Pages;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Server;

/// <summary>
/// What the review endpoints do, without HTTP: load an article with its decisions, check and store a decision,
/// undo, mark complete, and produce the reviewed record. Requests that cannot apply throw
/// <see cref="ReviewRequestException"/> with the reason.
/// </summary>
public sealed partial class ReviewService(ReviewStore store, RecordQueries records, string reviewer, TimeProvider clock)
{
    public string Reviewer => reviewer;

    public RecordQueries Records => records;

    public ArticleView? View(string id, int? revision = null)
    {
        if (records.Find(id, revision) is not { } stored) return null;
        var record = stored.Record;
        var decisions = store.Decisions(record.Id, record.Revision);
        var completion = store.Completion(record.Id, record.Revision);
        var status = completion is not null ? ReviewStatuses.Reviewed : decisions.Count > 0 ? ReviewStatuses.InProgress : ReviewStatuses.Unreviewed;
        return new ArticleView(stored, ReviewFolder.Fold(record, decisions), decisions, status, completion, reviewer);
    }

    /// <summary>Checks a decision against the article as it stands and stores it.</summary>
    public ReviewDecision Decide(string id, DecisionRequest request)
    {
        var view = View(id, request.Revision) ?? throw new ReviewRequestException($"No record {id} at revision {request.Revision}.");
        var text = view.Stored.Record.Text;
        var action = request.Action?.Trim().ToLowerInvariant();
        var currency = Clean(request.Currency)?.ToUpperInvariant();
        if (currency is not null && !CurrencyCode().IsMatch(currency))
            throw new ReviewRequestException($"'{request.Currency}' is not a three-letter currency code.");
        if (request.Amount is < 0)
            throw new ReviewRequestException("An amount cannot be negative.");
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
                break;
            }
            case ReviewActions.Add:
            {
                var type = Clean(request.Type);
                if (type is null || !AnnotationKinds.Assignable.Contains(type))
                    throw new ReviewRequestException($"An added entity needs a type: one of {string.Join(", ", AnnotationKinds.Assignable)}.");
                if (!hasSpan) throw new ReviewRequestException("An added entity needs its span (select the text).");
                if (type == AnnotationKinds.Money && (request.Amount is null || currency is null))
                    throw new ReviewRequestException("An added amount of money needs the amount and the currency.");
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
        return store.Add(new ReviewDecision
        {
            RecordId = view.Stored.Record.Id,
            Revision = view.Stored.Record.Revision,
            Target = target,
            Action = action,
            Type = isChange ? Clean(request.Type) : null,
            Start = isChange ? request.Start : null,
            End = isChange ? request.End : null,
            Title = isChange ? request.Title?.Trim() : null,
            Country = isChange ? request.Country?.Trim() : null,
            Amount = isChange ? request.Amount : null,
            Currency = isChange ? currency : null,
            Measure = isChange ? request.Measure?.Trim() : null,
            Period = isChange ? request.Period?.Trim() : null,
            Reviewer = reviewer,
            DecidedAt = clock.GetUtcNow(),
        });
    }

    public ReviewDecision? Undo(string id, int revision) =>
        Exists(id, revision) ? store.Undo(id, revision, reviewer, clock.GetUtcNow()) : throw NotFound(id, revision);

    public void Complete(string id, int revision, bool done)
    {
        if (!Exists(id, revision)) throw NotFound(id, revision);
        if (done) store.Complete(id, revision, reviewer, clock.GetUtcNow());
        else store.Reopen(id, revision);
    }

    /// <summary>The record with its decisions applied, in the public schema; null when the record is unknown.</summary>
    public ArticleRecord? Reviewed(string id, int? revision = null) =>
        View(id, revision) is { } view ? ReviewedRecordBuilder.Build(view.Stored.Record, view.Annotations, view.Decisions.Count) : null;

    private bool Exists(string id, int revision) => records.Find(id, revision) is not null;

    private static ReviewRequestException NotFound(string id, int revision) => new($"No record {id} at revision {revision}.");

    private static ReviewedAnnotation Find(ArticleView view, string? target) =>
        view.Annotations.FirstOrDefault(a => a.Key == target)
        ?? throw new ReviewRequestException($"The article has no extraction '{target}'.");

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
}
