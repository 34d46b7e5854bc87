using NewsExtract.Review.Decisions;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Pages;

/// <summary>
/// Everything the article view shows: the stored record, its annotations after the decisions, status, who reviews,
/// and the full history of decisions (undone ones included).
/// </summary>
public sealed record ArticleView(
    StoredRecord Stored,
    IReadOnlyList<ReviewedAnnotation> Annotations,
    IReadOnlyList<ReviewDecision> Decisions,
    string Status,
    ReviewCompletion? Completion,
    string Reviewer,
    IReadOnlyList<ReviewDecision> History);
