namespace NewsExtract.Storage.Review;

/// <summary>
/// What the article list asks for: free text (title or body), source name, publication date range (inclusive,
/// by the date as published), an entity name (persons, officials, organisations, locations; substring), an event
/// type, a review status, the sort order, and the page (1-based).
/// </summary>
public sealed record RecordFilter
{
    public string? Text { get; init; }
    public string? Source { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Entity { get; init; }
    public string? EventType { get; init; }
    public string? Status { get; init; }
    /// <summary>Only articles assigned to this reviewer (as first or second reviewer).</summary>
    public string? AssignedTo { get; init; }
    /// <summary>The column to sort by: published (default), title, source or status; see <see cref="RecordSorts"/>.</summary>
    public string? Sort { get; init; }
    /// <summary>Sort descending (the default for published, so the newest come first).</summary>
    public bool? Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}
