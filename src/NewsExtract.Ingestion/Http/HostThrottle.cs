using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace NewsExtract.Ingestion.Http;

/// <summary>
/// Per-host politeness: a limit on requests in flight (a slot, held by the caller for a whole fetch) and a token
/// bucket spacing requests to the host's rate (one token per attempt: the resilience pipeline takes it inside its
/// retry loop, so retries are spaced like every other request). The bucket holds a single token, so in any one-second
/// window a host sees at most its rate + 1 requests. The bucket starts empty: a new process (the next <c>--once</c>
/// pass, a restart) waits one period before its first request, so it cannot add a burst on top of the last second
/// of the pass before it. A host's limits are fixed by the first source that requests
/// from it (sources sharing a host should agree).
/// </summary>
public sealed class HostThrottle : IDisposable
{
    private readonly ConcurrentDictionary<string, (RateLimiter Rate, RateLimiter Concurrency)> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for one of the host's in-flight slots; dispose the returned lease when the fetch is done.</summary>
    public async ValueTask<RateLimitLease> AcquireSlotAsync(Uri url, HostLimits limits, CancellationToken cancellationToken) =>
        await Limiters(url, limits).Concurrency.AcquireAsync(1, cancellationToken);

    /// <summary>Waits for the host's next request token (one per attempt; tokens are never returned).</summary>
    public async ValueTask<RateLimitLease> AcquireRequestTokenAsync(Uri url, HostLimits limits, CancellationToken cancellationToken) =>
        await Limiters(url, limits).Rate.AcquireAsync(1, cancellationToken);

    public void Dispose()
    {
        foreach (var (rate, concurrency) in _hosts.Values)
        {
            rate.Dispose();
            concurrency.Dispose();
        }
    }

    private (RateLimiter Rate, RateLimiter Concurrency) Limiters(Uri url, HostLimits limits) =>
        _hosts.GetOrAdd(url.Authority, _ => Create(limits));

    private static (RateLimiter, RateLimiter) Create(HostLimits limits)
    {
        var period = TimeSpan.FromSeconds(1 / Math.Max(limits.RequestsPerSecond, 0.001));
        var rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = period < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        // Start empty (the limiter is created full): the first request waits for the first replenishment.
        using (rate.AttemptAcquire(1)) { }
        var concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, limits.MaxConcurrency),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        return (rate, concurrency);
    }
}
