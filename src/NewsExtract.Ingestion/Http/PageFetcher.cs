using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace NewsExtract.Ingestion.Http;

/// <summary>
/// Fetches one URL politely and safely: robots.txt first, the host's rate and concurrency limits, a conditional
/// GET when validators are known, redirects followed by hand up to a limit with loops detected, and every
/// failure turned into a <see cref="FetchResult"/> with a reason code (never an exception, except cancellation).
/// A paused host (its circuit is open, or it asked for a long Retry-After) is not asked at all: the result says
/// until when it is paused. Retries, the per-attempt rate token, timeouts, the circuit breaker, decompression and
/// the size cap live in the named HTTP client (<see cref="AgencyHttpServices"/>).
/// </summary>
public sealed class PageFetcher(
    IHttpClientFactory clientFactory,
    HostThrottle throttle,
    HostPauses pauses,
    RobotsCache robots,
    IOptions<HttpFetchOptions> options,
    TimeProvider timeProvider,
    ILogger<PageFetcher> logger)
{
    public const string ClientName = "newsextract-agency";

    private static readonly TimeSpan ProbePollInterval = TimeSpan.FromMilliseconds(250);

    public async Task<FetchResult> FetchAsync(Uri url, HostLimits limits, HttpValidators? validators, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = clientFactory.CreateClient(ClientName);
        var visited = new HashSet<string>(StringComparer.Ordinal) { url.AbsoluteUri };
        var current = url;
        for (int hop = 0; ; hop++)
        {
            if (current.Scheme is not ("http" or "https"))
                return FetchResult.Failed(url, current, FetchFailureReasons.UnsupportedScheme, $"cannot fetch a {current.Scheme}: URL", transient: false);
            if (pauses.PausedUntil(current) is { } pausedUntil)
                return FetchResult.Paused(url, current, pausedUntil, FetchFailureReasons.CircuitOpen, $"host {current.Authority} is paused until {pausedUntil:u}");
            if (settings.RespectRobotsTxt && !await robots.IsAllowedAsync(current, limits, cancellationToken))
                return pauses.PausedUntil(current) is { } robotsUnreachableUntil
                    ? FetchResult.Paused(url, current, robotsUnreachableUntil, FetchFailureReasons.CircuitOpen, $"robots.txt of {current.Authority} cannot be read; the host is paused until {robotsUnreachableUntil:u}")
                    : FetchResult.Failed(url, current, FetchFailureReasons.RobotsDisallowed, "robots.txt disallows this URL", transient: false);

            HttpResponseMessage response;
            var started = Stopwatch.GetTimestamp();
            using (await throttle.AcquireSlotAsync(current, limits, cancellationToken))
            {
                var probeWaitEnds = timeProvider.GetUtcNow() + settings.TotalTimeout;
                while (true)
                {
                    using var request = NewRequest(current, limits, hop == 0 ? validators : null, settings);
                    try
                    {
                        response = await client.SendAsync(request, cancellationToken);
                        break;
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        throw;
                    }
                    catch (BrokenCircuitException) when (pauses.PausedUntil(current) is null && timeProvider.GetUtcNow() < probeWaitEnds)
                    {
                        // Half-open: one probe fetch is deciding whether the host is back. Wait for its verdict: a
                        // closed circuit lets this request through, a reopened one registers a new pause.
                        await Task.Delay(ProbePollInterval, timeProvider, cancellationToken);
                    }
                    catch (BrokenCircuitException)
                    {
                        var until = pauses.PausedUntil(current) ?? timeProvider.GetUtcNow() + settings.CircuitBreakerBreakDuration;
                        pauses.Pause(current.Authority, until);
                        return FetchResult.Paused(url, current, until, FetchFailureReasons.CircuitOpen, $"the circuit of host {current.Authority} is open until {until:u}");
                    }
                    catch (Exception ex)
                    {
                        var (reason, transient) = Classify(ex);
                        logger.LogDebug("GET {Url} failed after {Elapsed} ms: {Reason}", current, Stopwatch.GetElapsedTime(started).TotalMilliseconds, reason);
                        return FetchResult.Failed(url, current, reason, ex.Message, transient);
                    }
                }
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                logger.LogDebug("GET {Url} → {Status} in {Elapsed} ms", current, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (status is 301 or 302 or 303 or 307 or 308)
                {
                    if (response.Headers.Location is not { } location)
                        return FetchResult.Failed(url, current, FetchFailureReasons.ClientError, $"HTTP {status} without a Location header", false, status);
                    var next = new Uri(current, location);
                    if (!visited.Add(next.AbsoluteUri))
                        return FetchResult.Failed(url, next, FetchFailureReasons.RedirectLoop, $"redirect loop back to {next}", false, status);
                    if (hop >= settings.MaxRedirects)
                        return FetchResult.Failed(url, next, FetchFailureReasons.TooManyRedirects, $"more than {settings.MaxRedirects} redirects", false, status);
                    current = next;
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                    return new FetchResult { Status = FetchStatus.NotModified, RequestedUrl = url, FinalUrl = current, StatusCode = status, Validators = validators };
                if (!response.IsSuccessStatusCode)
                {
                    var reason = FetchFailureReasons.ForStatus(status);
                    var transient = status is 408 or 429 or >= 500;
                    if (status is 429 or 503 && RetryAfter(response) is { } wait && wait > settings.MaxRetryAfter)
                    {
                        // The host asked to be left alone for longer than the worker waits: pause it, keep the URL.
                        var until = timeProvider.GetUtcNow() + wait;
                        pauses.Pause(current.Authority, until);
                        return FetchResult.Paused(url, current, until, reason, $"HTTP {status} with Retry-After {wait}", status);
                    }
                    return FetchResult.Failed(url, current, reason, $"HTTP {status} {response.ReasonPhrase}", transient, status);
                }
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                return new FetchResult
                {
                    Status = FetchStatus.Ok,
                    RequestedUrl = url,
                    FinalUrl = current,
                    StatusCode = status,
                    Body = body,
                    MediaType = response.Content.Headers.ContentType?.MediaType,
                    HeaderCharset = response.Content.Headers.ContentType?.CharSet,
                    Validators = new HttpValidators(
                        response.Headers.ETag?.ToString(),
                        response.Content.Headers.LastModified?.ToString("R")),
                };
            }
        }
    }

    private static HttpRequestMessage NewRequest(Uri url, HostLimits limits, HttpValidators? validators, HttpFetchOptions settings)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        HostLimitsRequestOption.Set(request, limits);
        request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8");
        if (validators?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (validators?.LastModified is { } modified) request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        return request;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - timeProvider.GetUtcNow(),
        _ => null,
    };

    private static (string Reason, bool Transient) Classify(Exception exception) => exception switch
    {
        BodyTooLargeException => (FetchFailureReasons.TooLarge, false),
        TimeoutRejectedException or TaskCanceledException or TimeoutException => (FetchFailureReasons.Timeout, true),
        HttpIOException or IOException => (FetchFailureReasons.Truncated, true),
        HttpRequestException => (FetchFailureReasons.Network, true),
        _ => (FetchFailureReasons.Network, true),
    };
}
