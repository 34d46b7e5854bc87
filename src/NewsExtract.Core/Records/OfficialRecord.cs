namespace NewsExtract.Core.Records;

/// <summary>A person holding office: title as written (without name or country adjective), state served, body.</summary>
public sealed record OfficialRecord(
    string Name,
    string? Title,
    string? Country,
    string? Organization,
    IReadOnlyList<MentionRecord> Mentions);
