namespace NewsExtract.Ingestion.Sources;

/// <summary>A source's own document (feed, sitemap, listing page) could not be fetched or read; the message says why.</summary>
public sealed class SourceDiscoveryException(string sourceName, string reason, bool transient)
    : Exception($"source '{sourceName}': {reason}")
{
    public string SourceName { get; } = sourceName;

    public string Reason { get; } = reason;

    public bool Transient { get; } = transient;
}
