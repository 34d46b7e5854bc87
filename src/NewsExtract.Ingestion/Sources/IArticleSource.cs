namespace NewsExtract.Ingestion.Sources;

/// <summary>A place articles come from (a local folder, a feed, a sitemap): it lists what it currently holds.</summary>
public interface IArticleSource
{
    string Name { get; }

    IAsyncEnumerable<SourceItem> ReadAsync(CancellationToken cancellationToken);
}
