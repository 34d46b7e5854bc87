namespace NewsExtract.Ingestion.Sources;

/// <summary>A web source that points to articles (a feed, a sitemap, a listing page): one pass lists the links it shows now.</summary>
public interface ILinkSource
{
    string Name { get; }

    /// <summary>The links found in this pass (none when the document is unchanged since the last pass).</summary>
    /// <exception cref="SourceDiscoveryException">When the source document cannot be fetched or is not what it should be.</exception>
    IAsyncEnumerable<DiscoveredLink> DiscoverAsync(CancellationToken cancellationToken);
}
