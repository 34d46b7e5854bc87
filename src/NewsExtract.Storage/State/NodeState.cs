namespace NewsExtract.Storage.State;

/// <summary>
/// A worker node as the shared store knows it: when it last reported in (its heartbeat, or a claim that reclaimed a
/// lease) and how many leases left by other nodes it has reclaimed.
/// </summary>
public sealed record NodeState(string Node, DateTimeOffset LastSeen, long LeaseReclaims);
