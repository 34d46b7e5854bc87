using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace NewsExtract.Ingestion.Http;

/// <summary>
/// Registers the HTTP stack for agency sites: a named client from IHttpClientFactory over a SocketsHttpHandler
/// (gzip/deflate/brotli, no automatic redirects), a Polly v8 pipeline kept separately per host (total timeout →
/// circuit breaker over whole fetches, whose opening pauses the host → retry with jittered exponential backoff
/// honouring Retry-After → the host's rate limit, one token per attempt → attempt timeout), and below it the body
/// cap; plus the fetcher, robots cache, host throttle and host pauses. Options come from <see cref="HttpFetchOptions"/>.
/// </summary>
public static class AgencyHttpServices
{
    public static IServiceCollection AddAgencyHttp(this IServiceCollection services)
    {
        TextCharset.EnsureRegistered();
        services.AddOptions<HttpFetchOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HostThrottle>();
        services.AddSingleton<HostPauses>();
        services.AddSingleton<RobotsCache>();
        services.AddSingleton<PageFetcher>();
        services.AddTransient(sp => new BodyBufferingHandler(sp.GetRequiredService<IOptions<HttpFetchOptions>>().Value.MaxBodyBytes));

        var client = services.AddHttpClient(PageFetcher.ClientName)
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(15),
                UseCookies = false,
            });
        client.AddResilienceHandler("agency", (builder, context) =>
        {
            var settings = context.ServiceProvider.GetRequiredService<IOptions<HttpFetchOptions>>().Value;
            var throttle = context.ServiceProvider.GetRequiredService<HostThrottle>();
            var pauses = context.ServiceProvider.GetRequiredService<HostPauses>();
            var clock = context.ServiceProvider.GetRequiredService<TimeProvider>();
            builder
                .AddTimeout(settings.TotalTimeout)
                // Outside the retries: the breaker judges whole fetches, so a page that a retry fixes counts as a
                // success, and only a host whose fetches keep failing after their retries is paused.
                .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = settings.CircuitBreakerFailureRatio,
                    MinimumThroughput = Math.Max(2, settings.CircuitBreakerMinimumThroughput),
                    SamplingDuration = settings.CircuitBreakerSamplingDuration,
                    BreakDuration = settings.CircuitBreakerBreakDuration,
                    ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, TimeSpan.MaxValue)),
                    OnOpened = args =>
                    {
                        if (args.Context.GetRequestMessage()?.RequestUri is { } url)
                            pauses.Pause(url.Authority, clock.GetUtcNow() + args.BreakDuration);
                        return ValueTask.CompletedTask;
                    },
                })
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(0, settings.MaxRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = settings.RetryBaseDelay,
                    MaxDelay = settings.RetryMaxDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, settings.MaxRetryAfter)),
                })
                // Inside the retries: every attempt, first or retry, waits for one of the host's request tokens.
                .AddRateLimiter(new HttpRateLimiterStrategyOptions
                {
                    RateLimiter = args =>
                    {
                        var request = args.Context.GetRequestMessage();
                        var url = request?.RequestUri ?? throw new InvalidOperationException("a request without a URL");
                        return throttle.AcquireRequestTokenAsync(url, HostLimitsRequestOption.Get(request), args.Context.CancellationToken);
                    },
                })
                .AddTimeout(settings.AttemptTimeout);
        }).SelectPipelineByAuthority();
        client.AddHttpMessageHandler<BodyBufferingHandler>();
        return services;
    }

    /// <summary>
    /// Whether an attempt's outcome is worth another try: 5xx, 408, 429 (unless Retry-After asks for longer than
    /// <paramref name="maxRetryAfter"/>), connection failures, truncated bodies and attempt timeouts.
    /// </summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter)
    {
        if (outcome.Exception is { } exception)
            return exception is HttpRequestException or IOException or TimeoutRejectedException;
        if (outcome.Result is not { } response) return false;
        var status = (int)response.StatusCode;
        if (status is not (408 or 429 or >= 500)) return false;
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter is null) return true;
        var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.Zero);
        return wait <= maxRetryAfter;
    }
}
