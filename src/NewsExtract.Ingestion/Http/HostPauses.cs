using System.Collections.Concurrent;

namespace NewsExtract.Ingestion.Http;

/// <summary>
/// Hosts whose requests are paused, and until when: a host whose circuit breaker opened (too many of its fetches
/// failed), or one that asked, with a 429/503 Retry-After longer than the worker waits, to be left alone. A fetch
/// for a paused host is not attempted; the crawl leaves its URL queued without counting an attempt.
/// </summary>
public sealed class HostPauses(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _until = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Pauses the host of <paramref name="authority"/> (host:port) until <paramref name="until"/>, or later if already paused longer.</summary>
    public void Pause(string authority, DateTimeOffset until) =>
        _until.AddOrUpdate(authority, until, (_, current) => current > until ? current : until);

    /// <summary>When the host's pause ends, or null when it is not paused.</summary>
    public DateTimeOffset? PausedUntil(Uri url) =>
        _until.TryGetValue(url.Authority, out var until) && until > timeProvider.GetUtcNow() ? until : null;

    /// <summary>Every host paused now, with the end of its pause.</summary>
    public IReadOnlyList<(string Host, DateTimeOffset Until)> Current()
    {
        var now = timeProvider.GetUtcNow();
        return [.. _until.Where(p => p.Value > now).Select(p => (p.Key, p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal)];
    }
}
