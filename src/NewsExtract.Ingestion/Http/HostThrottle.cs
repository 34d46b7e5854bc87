using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace NewsExtract.Ingestion.Http;

/// <summary>
/// Per-host politeness: a limit on requests in flight (a slot, held by the caller for a whole fetch) and a pacer
/// spacing requests to the host's rate (one turn per attempt: the resilience pipeline takes it inside its retry loop,
/// so retries are spaced like every other request). Requests are let through at least 1/rate apart, so in any
/// one-second window a host sees at most its rate + 1 requests (<see cref="RequestPacer"/>). A host's limits are
/// fixed by the first source that requests from it (sources sharing a host should agree). In cluster mode each turn is
/// first taken from the cluster's gate (<see cref="IHostRequestGate"/>) and held until the attempt is over, so the
/// spacing holds across every node for every kind of request.
/// </summary>
public sealed class HostThrottle(TimeProvider time, IHostRequestGate? clusterGate = null) : IDisposable
{
    private readonly ConcurrentDictionary<string, (RequestPacer Pacer, RateLimiter Concurrency)> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public HostThrottle() : this(TimeProvider.System) { }

    /// <summary>Waits for one of the host's in-flight slots; dispose the returned lease when the fetch is done.</summary>
    public async ValueTask<RateLimitLease> AcquireSlotAsync(Uri url, HostLimits limits, CancellationToken cancellationToken) =>
        await Limiters(url, limits).Concurrency.AcquireAsync(1, cancellationToken);

    /// <summary>
    /// Waits for the host's next turn to send a request (one per attempt): the cluster's, when there is a gate, then
    /// this node's pacer. Dispose the lease when the attempt is over (it gives the cluster's turn back).
    /// </summary>
    public async ValueTask<RateLimitLease> AcquireRequestTokenAsync(Uri url, HostLimits limits, CancellationToken cancellationToken)
    {
        var turn = clusterGate is null ? null : await clusterGate.EnterAsync(url, limits, cancellationToken);
        try
        {
            await Limiters(url, limits).Pacer.WaitTurnAsync(cancellationToken);
        }
        catch
        {
            turn?.Dispose();
            throw;
        }
        return turn is null ? GrantedLease.Instance : new ClusterTurnLease(turn);
    }

    public void Dispose()
    {
        foreach (var (pacer, concurrency) in _hosts.Values)
        {
            pacer.Dispose();
            concurrency.Dispose();
        }
    }

    private (RequestPacer Pacer, RateLimiter Concurrency) Limiters(Uri url, HostLimits limits) =>
        _hosts.GetOrAdd(url.Authority, _ => Create(limits));

    private (RequestPacer, RateLimiter) Create(HostLimits limits)
    {
        var period = TimeSpan.FromSeconds(1 / Math.Max(limits.RequestsPerSecond, 0.001));
        var concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, limits.MaxConcurrency),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        return (new RequestPacer(period, time), concurrency);
    }

    /// <summary>The lease of a request whose cluster turn came: disposing it gives the turn back.</summary>
    private sealed class ClusterTurnLease(IDisposable turn) : RateLimitLease
    {
        private int _disposed;

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0) turn.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>The lease of a request whose turn came: nothing to give back.</summary>
    private sealed class GrantedLease : RateLimitLease
    {
        public static readonly GrantedLease Instance = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
