using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace NewsExtract.Ingestion.Http;

/// <summary>
/// Per-host politeness: a token bucket spacing requests to the host's rate and a limit on requests in flight.
/// A host's limits are fixed by the first source that requests from it (sources sharing a host should agree).
/// </summary>
public sealed class HostThrottle : IDisposable
{
    private readonly ConcurrentDictionary<string, (RateLimiter Rate, RateLimiter Concurrency)> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; dispose the returned lease when the request (body included) is done.</summary>
    public async ValueTask<IDisposable> AcquireAsync(Uri url, HostLimits limits, CancellationToken cancellationToken)
    {
        var (rate, concurrency) = _hosts.GetOrAdd(url.Authority, _ => Create(limits));
        var slot = await concurrency.AcquireAsync(1, cancellationToken);
        try
        {
            using var token = await rate.AcquireAsync(1, cancellationToken);
            return slot;
        }
        catch
        {
            slot.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var (rate, concurrency) in _hosts.Values)
        {
            rate.Dispose();
            concurrency.Dispose();
        }
    }

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
        var concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, limits.MaxConcurrency),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        return (rate, concurrency);
    }
}
