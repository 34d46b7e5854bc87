namespace NewsExtract.Storage.State;

/// <summary>One host's share of the frontier: URLs queued, how many are leased now, when it may next be fetched, its oldest queued URL.</summary>
public sealed record HostQueueState(string Host, long Queued, long Leased, DateTimeOffset NextFetchAt, DateTimeOffset OldestQueuedAt);
