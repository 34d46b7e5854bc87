using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsExtract.Ingestion.Http;

/// <summary>
/// Fetches and caches each host's robots.txt. A missing one (4xx) allows everything; one that cannot be fetched
/// (5xx, timeout) disallows the host for a minute, as crawlers do, so a failing site is not crawled blind; the
/// host is paused for that minute, so its URLs wait rather than fail as disallowed.
/// </summary>
public sealed class RobotsCache(
    IHttpClientFactory clientFactory,
    HostThrottle throttle,
    HostPauses pauses,
    IOptions<HttpFetchOptions> options,
    TimeProvider timeProvider,
    ILogger<RobotsCache> logger)
{
    private static readonly TimeSpan RetryUnreachableAfter = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Lazy<Task<(RobotsTxt Rules, DateTimeOffset Expires)>>> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<bool> IsAllowedAsync(Uri url, HostLimits limits, CancellationToken cancellationToken)
    {
        var key = url.Scheme + "://" + url.Authority;
        while (true)
        {
            var entry = _hosts.GetOrAdd(key, _ => new Lazy<Task<(RobotsTxt, DateTimeOffset)>>(() => LoadAsync(url, limits, CancellationToken.None)));
            var (rules, expires) = await entry.Value.WaitAsync(cancellationToken);
            if (expires > timeProvider.GetUtcNow()) return rules.IsAllowed(url);
            _hosts.TryRemove(new KeyValuePair<string, Lazy<Task<(RobotsTxt, DateTimeOffset)>>>(key, entry));
        }
    }

    private async Task<(RobotsTxt, DateTimeOffset)> LoadAsync(Uri anyUrl, HostLimits limits, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var robotsUrl = new Uri(anyUrl, "/robots.txt");
        try
        {
            var client = clientFactory.CreateClient(PageFetcher.ClientName);
            for (int hop = 0; hop <= settings.MaxRedirects; hop++)
            {
                using var slot = await throttle.AcquireSlotAsync(robotsUrl, limits, cancellationToken);
                using var request = new HttpRequestMessage(HttpMethod.Get, robotsUrl);
                HostLimitsRequestOption.Set(request, limits);
                request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
                using var response = await client.SendAsync(request, cancellationToken);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    robotsUrl = new Uri(robotsUrl, location);
                    continue;
                }
                if (response.IsSuccessStatusCode)
                {
                    var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    var (text, _) = TextCharset.Decode(body, response.Content.Headers.ContentType?.CharSet);
                    return (RobotsTxt.Parse(text, settings.UserAgent), now + settings.RobotsCacheDuration);
                }
                if (status is >= 400 and < 500 && status != 429)
                    return (RobotsTxt.AllowAll, now + settings.RobotsCacheDuration);
                logger.LogWarning("robots.txt of {Host} answered {Status}; not crawling the host for now", anyUrl.Authority, status);
                pauses.Pause(anyUrl.Authority, now + RetryUnreachableAfter);
                return (RobotsTxt.DisallowAll, now + RetryUnreachableAfter);
            }
            return (RobotsTxt.AllowAll, now + settings.RobotsCacheDuration);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("robots.txt of {Host} could not be fetched ({Error}); not crawling the host for now", anyUrl.Authority, ex.Message);
            pauses.Pause(anyUrl.Authority, now + RetryUnreachableAfter);
            return (RobotsTxt.DisallowAll, now + RetryUnreachableAfter);
        }
    }
}
