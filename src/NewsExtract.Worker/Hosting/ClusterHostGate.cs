using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsExtract.Ingestion.Http;
using NewsExtract.Storage.State;

namespace NewsExtract.Worker.Hosting;

/// <summary>
/// Cluster mode's per-host gate for every request (<see cref="IHostRequestGate"/>): one owner of a host's turn at a
/// time across the nodes, the host's row in the shared store. A claimed article fetch owns its host from its claim
/// (<see cref="Adopt"/>) until its last request is over. Every request this node makes to a host it holds a claim on —
/// the fetch's own (robots.txt, the page, redirects, retries) and any other (a listing page, sitemap or feed, a
/// robots.txt another flow asked for) — goes through in that claim, one at a time, each at least the host's delay after
/// the previous one in a claim ended, and the host is handed back (due again after its delay, from when the last of
/// them ended) when the fetch and every request that joined it are over. A request to a host this node holds no claim
/// on waits for this node's previous such request to the host to end, then takes the host's row for the attempt
/// (<see cref="IHostTurns"/>) and hands it back when the attempt is over; while it waits it marks the row, so claims
/// from any node leave the host's next turn to it. So every request a host sees starts at least its delay after the
/// previous one ended, whichever node sent either, and a listing never waits behind a claim of its own node (which
/// would wait for the node's per-host slot the listing holds). Such a turn is held for one attempt's time at most (the
/// host's delay, the attempt timeout and <see cref="TurnMargin"/>), not for a claim's lease: a node killed in the middle
/// of a listing request blocks the host for seconds, not for the lease.
/// </summary>
public sealed class ClusterHostGate(IHostTurns turns, IHostWorkQueue queue, IOptions<WorkerOptions> options, IOptions<HttpFetchOptions> http, TimeProvider time) : IHostRequestGate
{
    /// <summary>What a turn's hold allows beyond the node's own pacer wait and the attempt timeout (scheduling, the store's round trip).</summary>
    private static readonly TimeSpan TurnMargin = TimeSpan.FromSeconds(2);

    /// <summary>The longest a waiting request sleeps between two looks at its host's row.</summary>
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a waiting request's mark on its host's row lasts; renewed at every look, so it only lapses when the
    /// waiting node is gone (or stopped waiting), and then claims take the host again.
    /// </summary>
    private static readonly TimeSpan WaitingMark = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, HostHere> _hosts = new(StringComparer.Ordinal);

    public async ValueTask<IDisposable> EnterAsync(Uri url, HostLimits limits, CancellationToken cancellationToken)
    {
        var host = HostKeys.Of(url.AbsoluteUri);
        var delay = TimeSpan.FromSeconds(1 / Math.Max(limits.RequestsPerSecond, 0.001));
        var here = _hosts.GetOrAdd(host, _ => new HostHere());
        while (true)
        {
            if (here.Join(time) is { } claim)
            {
                if (await EnterClaimAsync(here, claim, delay, cancellationToken) is { } inClaim) return inClaim;
                continue; // the claim's hold ran short while waiting: the request takes the host's turn itself
            }
            if (await TakeTurnAsync(host, here, delay, cancellationToken) is { } turn) return turn;
        }
    }

    /// <summary>
    /// This node claimed <paramref name="lease"/>'s host (<see cref="IHostWorkQueue.ClaimNext"/>) and the calling flow
    /// makes its fetch; dispose the result when the claimed fetch is over, instead of
    /// <see cref="IHostWorkQueue.HostFetched"/>: the host is handed back when the last request in the claim is over.
    /// The claim carries requests while at least half its hold is left (a request must never outlast the hold, or
    /// another node could take the host meanwhile); after that they take the host's turn as any other request.
    /// </summary>
    public IDisposable Adopt(UrlLease lease)
    {
        var asked = time.GetTimestamp();
        // Read after `asked` on the queue's clock, so the hold's end estimated on this node's clock is never late.
        var carriesFor = lease.Until - queue.Now() - options.Value.LeaseDuration / 2;
        var claim = new Claim(lease, asked + (long)(Math.Max(0, carriesFor.TotalSeconds) * time.TimestampFrequency));
        var here = _hosts.GetOrAdd(lease.Host, _ => new HostHere());
        here.Adopt(claim);
        return new Release(() => Leave(here, claim));
    }

    // A request in this node's claim on the host: after the previous one in a claim on the host ended, plus the delay.
    // Null when the claim's hold ran short meanwhile (the request has left the claim).
    private async Task<IDisposable?> EnterClaimAsync(HostHere here, Claim claim, TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await here.OneInClaimAtATime.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(here, claim);
            throw;
        }
        try
        {
            // Measured again after every sleep: a timer may fire a few milliseconds early (it counts on a coarser
            // clock than the timestamps), and one early wake would let the request out before the delay has passed.
            if (here.LastEndedInClaim is { } ended)
                for (var wait = delay - time.GetElapsedTime(ended); wait > TimeSpan.Zero; wait = delay - time.GetElapsedTime(ended))
                    await Task.Delay(wait, time, cancellationToken);
        }
        catch
        {
            here.OneInClaimAtATime.Release();
            Leave(here, claim);
            throw;
        }
        if (!claim.CarriesAt(time.GetTimestamp()))
        {
            here.OneInClaimAtATime.Release();
            Leave(here, claim);
            return null;
        }
        return new Release(() =>
        {
            here.LastEndedInClaim = time.GetTimestamp();
            here.OneInClaimAtATime.Release();
            Leave(here, claim);
        });
    }

    // A request to a host this node holds no claim on: after this node's previous such request to it, the host's turn
    // from the shared row. Null when this node claimed the host meanwhile (the request goes in the claim).
    private async Task<IDisposable?> TakeTurnAsync(string host, HostHere here, TimeSpan delay, CancellationToken cancellationToken)
    {
        await here.OneOutsideClaimsAtATime.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                if (here.HasClaimCarrying(time))
                {
                    here.OneOutsideClaimsAtATime.Release();
                    return null;
                }
                var now = queue.Now();
                if (turns.TryTakeHost(host, delay, TurnHold(delay), WaitingMark, now, out var dueAt) is { } until)
                {
                    return new Release(() =>
                    {
                        try { turns.HostReleased(host, until, queue.Now()); }
                        finally { here.OneOutsideClaimsAtATime.Release(); }
                    });
                }
                var wait = dueAt - now;
                await Task.Delay(wait < TimeSpan.FromMilliseconds(5) ? TimeSpan.FromMilliseconds(5) : wait > LongestPoll ? LongestPoll : wait,
                    time, cancellationToken);
            }
        }
        catch
        {
            here.OneOutsideClaimsAtATime.Release();
            throw;
        }
    }

    // One attempt outside a claim: this node's pacer wait (at most the delay), the attempt itself (bounded by its
    // timeout) and a margin; never longer than a claim's lease.
    private TimeSpan TurnHold(TimeSpan delay)
    {
        var hold = delay + http.Value.AttemptTimeout + TurnMargin;
        return hold < options.Value.LeaseDuration ? hold : options.Value.LeaseDuration;
    }

    // The last request out of a claim hands the host back: due again after its delay, from now.
    private void Leave(HostHere here, Claim claim)
    {
        if (here.Leave(claim)) queue.HostFetched(claim.Lease, queue.Now());
    }

    /// <summary>This node's view of one host: its claim on it (if any) and the order of its requests to it.</summary>
    private sealed class HostHere
    {
        private readonly Lock _lock = new();
        private Claim? _current;

        public SemaphoreSlim OneInClaimAtATime { get; } = new(1, 1);
        public SemaphoreSlim OneOutsideClaimsAtATime { get; } = new(1, 1);
        public long? LastEndedInClaim { get; set; }

        public void Adopt(Claim claim)
        {
            lock (_lock) _current = claim;
        }

        /// <summary>Joins this node's claim on the host, if it has one still carrying requests.</summary>
        public Claim? Join(TimeProvider time)
        {
            lock (_lock)
            {
                if (_current is not { } claim || !claim.CarriesAt(time.GetTimestamp())) return null;
                claim.Participants++;
                return claim;
            }
        }

        public bool HasClaimCarrying(TimeProvider time)
        {
            lock (_lock) return _current is { } claim && claim.CarriesAt(time.GetTimestamp());
        }

        /// <summary>One participant is done; true when it was the claim's last (the host is to be handed back).</summary>
        public bool Leave(Claim claim)
        {
            lock (_lock)
            {
                if (--claim.Participants > 0) return false;
                if (ReferenceEquals(_current, claim)) _current = null;
                return true;
            }
        }
    }

    /// <summary>A claim of this node: its lease, until when (this node's timestamp) it carries requests, who is in it.</summary>
    private sealed class Claim(UrlLease lease, long carriesUntil)
    {
        public UrlLease Lease { get; } = lease;

        /// <summary>The claimed fetch itself, plus every request in the claim.</summary>
        public int Participants { get; set; } = 1;

        public bool CarriesAt(long timestamp) => timestamp < carriesUntil;
    }

    private sealed class Release(Action release) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) release();
        }
    }
}
