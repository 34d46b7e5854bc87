namespace NewsExtract.Storage.State;

/// <summary>A record committed to the store but not yet appended to the feed: its sequence number and JSON line.</summary>
public sealed record PendingRecord(long Sequence, string Id, int Revision, string JsonLine);
