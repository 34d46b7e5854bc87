namespace NewsExtract.Ingestion.Http;

/// <summary>
/// How the worker talks to agency sites: identity, timeouts, retries, circuit breaking, size and redirect limits,
/// robots.txt. Bound from <c>NewsExtract:Http</c>; every value has a polite production default.
/// </summary>
public sealed class HttpFetchOptions
{
    public const string SectionName = "NewsExtract:Http";

    /// <summary>The User-Agent header; its first word (before '/') is the name matched against robots.txt groups.</summary>
    public string UserAgent { get; set; } = "NewsExtract/1.0 (+https://github.com/newsextract)";

    /// <summary>The limit on one attempt (headers and the whole body).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The limit on one request with all its retries and backoff.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Retries after the first attempt on 5xx, 408, 429, timeouts, connection resets and truncated bodies.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff; later ones grow exponentially with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff between two attempts.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A 429/503 whose Retry-After asks for a longer wait than this is not retried now (the URL stays queued).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The share of failed attempts, over <see cref="CircuitBreakerSamplingDuration"/>, that opens a host's circuit.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The attempts a host must have had in the sampling window before its circuit can open.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit refuses requests to its host before letting one through.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest body accepted (after decompression); larger pages fail with reason <c>too_large</c>.</summary>
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Redirects followed for one URL; more, or a loop, fails the URL.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Whether robots.txt is fetched and obeyed (it is cached per host for <see cref="RobotsCacheDuration"/>).</summary>
    public bool RespectRobotsTxt { get; set; } = true;

    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(6);
}
