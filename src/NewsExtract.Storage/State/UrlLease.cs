namespace NewsExtract.Storage.State;

/// <summary>
/// A URL a node leased from the shared frontier: until when, how many attempts it had, and whether the lease was
/// reclaimed from a node whose lease had expired (a dead or stalled node).
/// </summary>
public sealed record UrlLease(string Url, string SourceName, string Host, string Node, DateTimeOffset Until, int Attempts, bool Reclaimed);
