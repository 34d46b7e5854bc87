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
    IReadOnlyList<ReviewDecision> History,
    IReadOnlyList<ReviewAssignment> Assignments)
{
    /// <summary>The viewer's role on this article: second (a blind second opinion) or first (everyone else).</summary>
    public string Role => Assignments.Any(a => a.Reviewer == Reviewer && a.Role == ReviewRoles.Second) ? ReviewRoles.Second : ReviewRoles.First;
}
