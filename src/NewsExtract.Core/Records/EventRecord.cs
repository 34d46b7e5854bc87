namespace NewsExtract.Core.Records;

/// <summary>
/// An event: its type, participants by name, place, date (ISO 8601 when resolved) and the sentence reporting it; and,
/// when an analyst said so in review, its <see cref="Status"/> (one of <see cref="EventStatuses"/>).
/// </summary>
public sealed record EventRecord(
    string Type,
    IReadOnlyList<string> Participants,
    string? Location,
    string? Date,
    MentionRecord Sentence)
{
    /// <summary>Occurred, planned or cancelled, as set in review; left out of the JSON when not stated.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }
}
