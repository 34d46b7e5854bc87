using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsExtract.Ingestion.Http;
using NewsExtract.Storage.State;

namespace NewsExtract.Worker.Hosting;

/// <summary>
/// Cluster mode's per-host gate for every request (<see cref="IHostRequestGate"/>). A request made outside a claim — a
/// listing page, sitemap or feed, robots.txt — waits for this node's previous such request to the host to end, then
/// takes the host's row in the shared store for the attempt (<see cref="IHostTurns"/>), as a claimed article fetch
/// does, and hands it back when the attempt is over, due again for any node after the host's delay. So every request
/// a host sees starts at least its delay after the previous one ended, whichever node sent either. The requests of a
/// claimed fetch (<see cref="Adopt"/>: robots.txt, the page, redirects, retries) go through in the claim, one at a
/// time, each at least the delay after the previous one in the claim ended; so does a robots.txt request while this
/// node holds a claim on its host (a claimed fetch may be waiting for it).
/// </summary>
public sealed class ClusterHostGate(IHostTurns turns, IHostWorkQueue queue, IOptions<WorkerOptions> options, TimeProvider time) : IHostRequestGate
{
    /// <summary>The longest a waiting request sleeps between two looks at its host's row.</summary>
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(250);

    // The host of the claim whose fetch this flow is making.
    private readonly AsyncLocal<string?> _claimedHere = new();
    private readonly ConcurrentDictionary<string, int> _claimed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _turnsOfThisNode = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, InClaim> _inClaims = new(StringComparer.Ordinal);

    public async ValueTask<IDisposable> EnterAsync(Uri url, HostLimits limits, CancellationToken cancellationToken)
    {
        var host = HostKeys.Of(url.AbsoluteUri);
        var delay = TimeSpan.FromSeconds(1 / Math.Max(limits.RequestsPerSecond, 0.001));
        if (_claimedHere.Value == host || RidesInClaim(url, host)) return await EnterClaimAsync(host, delay, cancellationToken);
        var mine = _turnsOfThisNode.GetOrAdd(host, _ => new SemaphoreSlim(1, 1));
        await mine.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                if (RidesInClaim(url, host))
                {
                    mine.Release();
                    return await EnterClaimAsync(host, delay, cancellationToken);
                }
                var now = queue.Now();
                if (turns.TryTakeHost(host, delay, options.Value.LeaseDuration, now, out var dueAt) is { } until)
                {
                    return new Release(() =>
                    {
                        try { turns.HostReleased(host, until, queue.Now()); }
                        finally { mine.Release(); }
                    });
                }
                var wait = dueAt - now;
                await Task.Delay(wait < TimeSpan.FromMilliseconds(5) ? TimeSpan.FromMilliseconds(5) : wait > LongestPoll ? LongestPoll : wait,
                    time, cancellationToken);
            }
        }
        catch
        {
            mine.Release();
            throw;
        }
    }

    /// <summary>
    /// This node claimed <paramref name="lease"/>'s host (<see cref="IHostWorkQueue.ClaimNext"/>) and the calling flow
    /// makes its fetch; dispose the result when the claimed request is over, instead of
    /// <see cref="IHostWorkQueue.HostFetched"/>: it hands the host back.
    /// </summary>
    public IDisposable Adopt(UrlLease lease)
    {
        _claimedHere.Value = lease.Host;
        _claimed.AddOrUpdate(lease.Host, 1, (_, n) => n + 1);
        return new Release(() =>
        {
            _claimedHere.Value = null;
            _claimed.AddOrUpdate(lease.Host, 0, (_, n) => n - 1);
            queue.HostFetched(lease, queue.Now());
        });
    }

    // A request in this node's claim on the host: after the previous one in a claim on the host ended, plus the delay.
    private async Task<IDisposable> EnterClaimAsync(string host, TimeSpan delay, CancellationToken cancellationToken)
    {
        var claim = _inClaims.GetOrAdd(host, _ => new InClaim());
        await claim.OneAtATime.WaitAsync(cancellationToken);
        try
        {
            if (claim.LastEnded is { } ended && time.GetElapsedTime(ended) < delay)
                await Task.Delay(delay - time.GetElapsedTime(ended), time, cancellationToken);
        }
        catch
        {
            claim.OneAtATime.Release();
            throw;
        }
        return new Release(() =>
        {
            claim.LastEnded = time.GetTimestamp();
            claim.OneAtATime.Release();
        });
    }

    private bool RidesInClaim(Uri url, string host) =>
        url.AbsolutePath == "/robots.txt" && _claimed.TryGetValue(host, out var claims) && claims > 0;

    private sealed class InClaim
    {
        public SemaphoreSlim OneAtATime { get; } = new(1, 1);
        public long? LastEnded { get; set; }
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
