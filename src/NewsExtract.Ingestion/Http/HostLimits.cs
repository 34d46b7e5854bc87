namespace NewsExtract.Ingestion.Http;

/// <summary>Politeness limits for one host: requests per second (fractions allowed) and requests in flight at once.</summary>
public sealed record HostLimits(double RequestsPerSecond, int MaxConcurrency)
{
    public static HostLimits Default { get; } = new(1, 2);
}
