namespace NewsExtract.Core.Records;

/// <summary>Where the article came from: the configured source's name, its URL (web) or the file path (local).</summary>
public sealed record SourceRecord(string Name, string? Url, string? Path);
