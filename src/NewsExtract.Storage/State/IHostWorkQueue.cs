namespace NewsExtract.Storage.State;

/// <summary>
/// Port: work is claimed, not assigned. A node claims a host whose next allowed fetch time has come, leases one of
/// its queued URLs and pushes the host's next allowed fetch time by the host's delay, all in one transaction, so
/// politeness holds across every node sharing the store. A lease not completed (<see cref="ICrawlFrontier.CompletePage"/>),
/// failed (<see cref="ICrawlFrontier.FailPage"/>) or released before it expires is reclaimed by the next claim.
/// </summary>
public interface IHostWorkQueue
{
    /// <summary>Sets the least time between two requests to <paramref name="host"/> (an URL's authority).</summary>
    void SetHostDelay(string host, TimeSpan delay);

    /// <summary>Leases one queued URL of a due host to <paramref name="node"/> until now + <paramref name="lease"/>, or null when no host is due.</summary>
    UrlLease? ClaimNext(string node, TimeSpan lease, DateTimeOffset now);

    /// <summary>Gives a leased URL back without counting an attempt (its host is paused, or the node is stopping).</summary>
    void ReleaseLease(string url);

    /// <summary>Keeps every node off <paramref name="host"/> until <paramref name="until"/> (it asked to be left alone, or its circuit opened).</summary>
    void PauseHost(string host, DateTimeOffset until);

    /// <summary>When the next queued URL's host may be fetched (null: nothing queued): how long a node with nothing to claim waits.</summary>
    DateTimeOffset? NextDueAt(DateTimeOffset now);
}
