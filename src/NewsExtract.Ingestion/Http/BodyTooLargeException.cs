namespace NewsExtract.Ingestion.Http;

/// <summary>A response body larger than the configured cap; never retried.</summary>
public sealed class BodyTooLargeException(Uri? url, long limit)
    : Exception($"{url}: the body is larger than {limit} bytes")
{
    public long Limit { get; } = limit;
}
