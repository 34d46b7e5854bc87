using NewsExtract.Core.Records;
using NewsExtract.Review.Decisions;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Export;

/// <summary>A record revision that has a review: the record as extracted, its annotations after the decisions, the decisions, its status.</summary>
public sealed record ReviewedArticle(
    ArticleRecord Record,
    IReadOnlyList<ReviewedAnnotation> Annotations,
    IReadOnlyList<ReviewDecision> Decisions,
    string Status,
    ReviewCompletion? Completion)
{
    /// <summary>
    /// The record with the decisions applied, in the public schema; when the article was marked reviewed, with its
    /// <c>review</c> object (status, reviewers, time) so nobody mistakes it for the models' record.
    /// </summary>
    public ArticleRecord ReviewedRecord() => ReviewedRecordBuilder.Build(Record, Annotations, Decisions.Count,
        Completion is { } done
            ? new ReviewRecord(ReviewStatuses.Reviewed, Decisions.Select(d => d.Reviewer).Append(done.Reviewer).Distinct(StringComparer.Ordinal).ToList(), done.CompletedAt)
            : null);
}
