namespace NewsExtract.Storage.Review;

/// <summary>
/// One analyst decision about one extraction of one record revision. <see cref="Target"/> names the extraction
/// (its key in the record, e.g. <c>person:10-22</c>, or <c>added:organization:40-52</c> for one the analyst added).
/// A correction carries only the fields it changes; the others are null.
/// </summary>
public sealed record ReviewDecision
{
    public long Sequence { get; init; }
    public required string RecordId { get; init; }
    public required int Revision { get; init; }
    public required string Target { get; init; }
    public required string Action { get; init; }
    /// <summary>The new kind of a mention (person, official, organization, location, money) or an event's new type.</summary>
    public string? Type { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
    public string? Title { get; init; }
    public string? Country { get; init; }
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }
    public string? Measure { get; init; }
    public string? Period { get; init; }
    public required string Reviewer { get; init; }
    public DateTimeOffset DecidedAt { get; init; }
}
