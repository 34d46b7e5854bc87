using NewsExtract.Review.Decisions;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Export;

/// <summary>Loads every reviewed record revision from the review store (each record at its highest reviewed revision).</summary>
public static class ReviewedArticles
{
    public static IEnumerable<ReviewedArticle> Load(ReviewStorage storage, bool completedOnly = false) =>
        Load(storage.Store, storage.Records, completedOnly);

    public static IEnumerable<ReviewedArticle> Load(IReviewStore store, IRecordQueries records, bool completedOnly = false)
    {
        foreach (var (id, revision) in store.ReviewedRevisions())
        {
            if (records.Find(id, revision) is not { } stored) continue;
            var completion = store.Completion(id, revision);
            if (completedOnly && completion is null) continue;
            var decisions = store.PrimaryDecisions(id, revision);
            var status = completion is not null ? ReviewStatuses.Reviewed : ReviewStatuses.InProgress;
            yield return new ReviewedArticle(stored.Record, ReviewFolder.Fold(stored.Record, decisions), decisions, status, completion);
        }
    }
}
