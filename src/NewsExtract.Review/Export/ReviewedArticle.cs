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
    /// <summary>The record with the decisions applied, in the public schema.</summary>
    public ArticleRecord ReviewedRecord() => ReviewedRecordBuilder.Build(Record, Annotations, Decisions.Count);
}
