namespace NewsExtract.Storage.Review;

/// <summary>One row of the article list: the latest revision of a record, its counts and its review status.</summary>
public sealed record RecordSummary(
    string Id,
    int Revision,
    string? Title,
    string Source,
    string? PublishedAt,
    int People,
    int Organizations,
    int Money,
    int Events,
    string Status,
    string? LastReviewer,
    string? LastReviewedAt);
