namespace NewsExtract.Core.Records;

/// <summary>A person, organisation or location: its fullest name and every mention.</summary>
public sealed record EntityRecord(string Name, IReadOnlyList<MentionRecord> Mentions);
