namespace NewsExtract.Core.Records;

/// <summary>An event: its type, participants by name, place, date (ISO 8601 when resolved) and the sentence reporting it.</summary>
public sealed record EventRecord(
    string Type,
    IReadOnlyList<string> Participants,
    string? Location,
    string? Date,
    MentionRecord Sentence);
