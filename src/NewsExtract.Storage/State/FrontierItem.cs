namespace NewsExtract.Storage.State;

/// <summary>A discovered article URL not yet fetched and processed; it stays queued across restarts until it is.</summary>
public sealed record FrontierItem(string Url, string SourceName, DateTimeOffset DiscoveredAt, int Attempts, string? LastError);
