namespace NewsExtract.Ingestion.Sources;

/// <summary>The seam between fetching and HTML extraction: turns a fetched article page into its content.</summary>
public interface IPageExtractor
{
    /// <exception cref="ArgumentException">When an XPath override is not valid.</exception>
    PageContent Extract(string html, Uri pageUrl, PageExtractionOverrides overrides);
}
