using NewsExtract.Review.Annotations;
using NewsExtract.Review.Decisions;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Statistics;

/// <summary>
/// The desk's figures, computed from the review tables: articles reviewed per day and per reviewer, how often each
/// type's extractions were accepted (the analysts' estimate of each model's precision) overall and per component
/// version, the most-rejected extractions, and the agreement between first and second reviewers per type (Cohen's
/// kappa over the extractions both decided) with the disagreements to settle.
/// </summary>
public sealed record ReviewStatistics(
    IReadOnlyList<(string Day, int Articles)> ReviewedPerDay,
    IReadOnlyList<(string Reviewer, int Decisions, int Completed, int SecondOpinions)> PerReviewer,
    IReadOnlyList<AcceptanceRow> ByType,
    IReadOnlyList<AcceptanceRow> ByComponent,
    IReadOnlyList<(string Kind, string Text, int Rejected)> MostRejected,
    IReadOnlyList<AgreementRow> Agreement,
    IReadOnlyList<Disagreement> Disagreements)
{
    /// <summary>The pipeline component (its key in the record's <c>model</c> map) that produced a kind of extraction.</summary>
    public static string Component(string kind) => kind switch
    {
        AnnotationKinds.Person or AnnotationKinds.Organization or AnnotationKinds.Location => "ner",
        AnnotationKinds.Official => "officials",
        AnnotationKinds.Money => "money",
        AnnotationKinds.Percentage => "percentages",
        AnnotationKinds.Date => "dates",
        AnnotationKinds.Event => "events",
        _ => kind,
    };

    public static ReviewStatistics Compute(IReviewStore store, IRecordQueries records)
    {
        var perDay = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var decisionsBy = new Dictionary<string, int>(StringComparer.Ordinal);
        var completedBy = new Dictionary<string, int>(StringComparer.Ordinal);
        var secondBy = new Dictionary<string, int>(StringComparer.Ordinal);
        var byType = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var byComponent = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var rejected = new Dictionary<(string, string), int>();
        var pairs = new Dictionary<string, List<(string First, string Second)>>(StringComparer.Ordinal);
        var disagreements = new List<Disagreement>();

        foreach (var (id, revision) in store.ReviewedRevisions())
        {
            if (records.Find(id, revision) is not { } stored) continue;
            var record = stored.Record;
            var all = store.Decisions(id, revision);
            foreach (var d in all) decisionsBy[d.Reviewer] = decisionsBy.GetValueOrDefault(d.Reviewer) + 1;
            if (store.Completion(id, revision) is { } completion)
            {
                var day = completion.CompletedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                perDay[day] = perDay.GetValueOrDefault(day) + 1;
                completedBy[completion.Reviewer] = completedBy.GetValueOrDefault(completion.Reviewer) + 1;
            }
            var assignments = store.Assignments(id);
            foreach (var a in assignments.Where(a => a.Role == ReviewRoles.Second && a.CompletedAt is not null))
                secondBy[a.Reviewer] = secondBy.GetValueOrDefault(a.Reviewer) + 1;

            var primaryDecisions = store.PrimaryDecisions(id, revision);
            var primary = ReviewFolder.Fold(record, primaryDecisions);
            foreach (var item in primary.Where(i => i.Original is not null && i.State != AnnotationStates.Pending))
            {
                var kind = item.Original!.Kind;
                var slot = item.State switch { AnnotationStates.Accepted => 0, AnnotationStates.Corrected => 1, _ => 2 };
                Count(byType, kind, slot);
                var component = Component(kind);
                Count(byComponent, $"{component} · {(record.Model.TryGetValue(component, out var version) ? version : "unknown")}", slot);
                if (item.State == AnnotationStates.Rejected)
                    rejected[(kind, item.Original.Text)] = rejected.GetValueOrDefault((kind, item.Original.Text)) + 1;
            }

            // Second opinions: each second reviewer's own decisions against the first reviewers', extraction by extraction.
            // Agreement compares the independent opinions: the first reviewers' decisions without those made to settle.
            // A disagreement is listed while the first reviewers' current outcome differs and nobody settled it.
            var firstState = primary.Where(i => i.Original is not null).ToDictionary(i => i.Key, i => i.State, StringComparer.Ordinal);
            var independentState = ReviewFolder.Fold(record, primaryDecisions.Where(d => !d.Settles))
                .Where(i => i.Original is not null).ToDictionary(i => i.Key, i => i.State, StringComparer.Ordinal);
            var settled = primaryDecisions.Where(d => d.Settles).Select(d => d.Target).ToHashSet(StringComparer.Ordinal);
            foreach (var second in assignments.Where(a => a.Role == ReviewRoles.Second))
            {
                var own = all.Where(d => d.Reviewer == second.Reviewer).ToList();
                if (own.Count == 0) continue;
                foreach (var item in ReviewFolder.Fold(record, own).Where(i => i.Original is not null && i.State != AnnotationStates.Pending))
                {
                    var kind = item.Original!.Kind;
                    if (independentState.TryGetValue(item.Key, out var independent) && independent != AnnotationStates.Pending)
                        (pairs.TryGetValue(kind, out var list) ? list : pairs[kind] = []).Add((independent, item.State));
                    if (firstState.TryGetValue(item.Key, out var first) && first != AnnotationStates.Pending && first != item.State && !settled.Contains(item.Key))
                        disagreements.Add(new Disagreement(id, record.Title ?? id, item.Key, kind, item.Original.Text, first, item.State, second.Reviewer));
                }
            }
        }

        static IReadOnlyList<AcceptanceRow> Rows(Dictionary<string, int[]> counts) =>
            [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new AcceptanceRow(c.Key, c.Value[0], c.Value[1], c.Value[2]))];

        var reviewers = decisionsBy.Keys.Union(completedBy.Keys).Union(secondBy.Keys).Order(StringComparer.Ordinal);
        return new ReviewStatistics(
            [.. perDay.Select(p => (p.Key, p.Value))],
            [.. reviewers.Select(r => (r, decisionsBy.GetValueOrDefault(r), completedBy.GetValueOrDefault(r), secondBy.GetValueOrDefault(r)))],
            Rows(byType),
            Rows(byComponent),
            [.. rejected.OrderByDescending(r => r.Value).ThenBy(r => r.Key.Item2, StringComparer.Ordinal).Take(15).Select(r => (r.Key.Item1, r.Key.Item2, r.Value))],
            [.. pairs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => AgreementRow.From(p.Key, p.Value))],
            disagreements);
    }

    private static void Count(Dictionary<string, int[]> counts, string key, int slot)
    {
        if (!counts.TryGetValue(key, out var row)) counts[key] = row = new int[3];
        row[slot]++;
    }
}
