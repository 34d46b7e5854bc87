namespace NewsExtract.Ingestion.Http;

/// <summary>
/// Carries a request's host limits through the HTTP client to the resilience pipeline, whose rate limiter takes one
/// of the host's request tokens per attempt. A request without it is spaced by <see cref="HostLimits.Default"/>.
/// </summary>
public static class HostLimitsRequestOption
{
    public static readonly HttpRequestOptionsKey<HostLimits> Key = new("NewsExtract.HostLimits");

    public static void Set(HttpRequestMessage request, HostLimits limits) => request.Options.Set(Key, limits);

    public static HostLimits Get(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var limits) ? limits : HostLimits.Default;
}
