namespace NewsExtract.Storage.Review;

/// <summary>What every <see cref="IReviewStore"/> answers the same way, from its port's calls.</summary>
public static class ReviewStoreExtensions
{
    /// <summary>Stores a decision and returns it with its sequence number.</summary>
    public static ReviewDecision Add(this IReviewStore store, ReviewDecision decision) => store.AddMany([decision])[0];

    /// <summary>The latest revision a reviewed revision was published as, or null.</summary>
    public static int? PublishedRevision(this IReviewStore store, string recordId, int revision) =>
        store.PublishedRevisions(recordId, revision) is [.., var last] ? last : null;

    /// <summary>
    /// The decisions that make the reviewed record: every reviewer's in force except those of second reviewers, whose
    /// blind opinions are kept apart for the agreement figures.
    /// </summary>
    public static IReadOnlyList<ReviewDecision> PrimaryDecisions(this IReviewStore store, string recordId, int revision)
    {
        var second = store.Assignments(recordId).Where(a => a.Role == ReviewRoles.Second).Select(a => a.Reviewer).ToHashSet(StringComparer.Ordinal);
        var decisions = store.Decisions(recordId, revision);
        return second.Count == 0 ? decisions : [.. decisions.Where(d => !second.Contains(d.Reviewer))];
    }

    /// <summary>The status of a record revision: reviewed when marked complete, in progress when it has decisions.</summary>
    public static string Status(this IReviewStore store, string recordId, int revision) =>
        store.Completion(recordId, revision) is not null ? ReviewStatuses.Reviewed
        : store.Decisions(recordId, revision).Count > 0 ? ReviewStatuses.InProgress
        : ReviewStatuses.Unreviewed;
}
