namespace NewsExtract.Storage.State;

/// <summary>The last discovery pass of a source: when it started and finished, how many links it found, its error.</summary>
public sealed record SourceRunState(string SourceName, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, int Discovered, string? Error);
