namespace NewsExtract.Core.Records;

/// <summary>A mention: the covered text and its half-open character range [start, end) in the record's text.</summary>
public sealed record MentionRecord(string Text, int Start, int End);
