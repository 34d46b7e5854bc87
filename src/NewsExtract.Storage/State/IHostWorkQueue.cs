namespace NewsExtract.Storage.State;

/// <summary>
/// Port: work is claimed, not assigned. A node claims a host whose next allowed fetch time has come, leases one of
/// its queued URLs and makes the host busy until the lease ends, in one transaction; when its request is done it
/// hands the host back (<see cref="HostFetched"/>), due again after the host's delay. So one node at a time owns a
/// host and politeness holds across every node sharing the store. A lease not completed
/// (<see cref="ICrawlFrontier.CompletePage"/>), failed (<see cref="ICrawlFrontier.FailPage"/>) or released before it
/// expires is reclaimed by a later claim, and its host is free again when the lease ends. Every time a node passes in
/// is read from the queue's own clock (<see cref="Now"/>), so nodes whose clocks disagree still agree on when a lease
/// ends and when a host is due.
/// </summary>
public interface IHostWorkQueue
{
    /// <summary>
    /// The time on the queue's clock, which lease expiry and hosts' next fetch times are kept in: the database
    /// server's clock for a store shared by several machines (PostgreSQL), this machine's for the embedded one (SQLite).
    /// </summary>
    DateTimeOffset Now();

    /// <summary>Sets the least time between two requests to <paramref name="host"/> (an URL's authority).</summary>
    void SetHostDelay(string host, TimeSpan delay);

    /// <summary>
    /// Leases one queued URL of a due host to <paramref name="node"/> until now + <paramref name="lease"/> (whole
    /// milliseconds), the host busy as long, or null when no host is due. A host whose turn a request outside a claim is
    /// waiting for (<see cref="IHostTurns.TryTakeHost"/>) is passed over while its mark lasts: that request goes next.
    /// </summary>
    UrlLease? ClaimNext(string node, TimeSpan lease, DateTimeOffset now);

    /// <summary>
    /// The leased URL's request is done (whatever its outcome) at <paramref name="at"/>: its host is due again after
    /// its delay. Does nothing when the host was claimed again meanwhile (the lease had expired).
    /// </summary>
    void HostFetched(UrlLease lease, DateTimeOffset at);

    /// <summary>
    /// Extends <paramref name="node"/>'s leases on <paramref name="urls"/> (the URLs it still has in hand, being fetched
    /// or extracted) to now + <paramref name="lease"/>, so a live node's slow page is not claimed again by another; a
    /// lease another node holds now (it expired and was reclaimed) is left alone. Returns how many were extended.
    /// </summary>
    int RenewLeases(string node, IReadOnlyCollection<string> urls, TimeSpan lease, DateTimeOffset now);

    /// <summary>Gives a leased URL back without counting an attempt (its host is paused, or the node is stopping).</summary>
    void ReleaseLease(string url);

    /// <summary>Keeps every node off <paramref name="host"/> until <paramref name="until"/> (it asked to be left alone, or its circuit opened).</summary>
    void PauseHost(string host, DateTimeOffset until);

    /// <summary>The frontier by host (hosts with queued URLs), by host name: for health and operators.</summary>
    IReadOnlyList<HostQueueState> QueueByHost(DateTimeOffset now);

    /// <summary>When the next queued URL's host may be fetched (null: nothing queued): how long a node with nothing to claim waits.</summary>
    DateTimeOffset? NextDueAt(DateTimeOffset now);
}
