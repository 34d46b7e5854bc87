namespace NewsExtract.Ingestion.Sources;

/// <summary>What was taken out of an article page: title, body text and metadata (mirrors the HTML extractor's result).</summary>
public sealed record PageContent(string? Title, string Text, DateTimeOffset? PublishedAt, string? Author, string? CanonicalUrl, string? Language)
{
    /// <summary>
    /// Why the page is not an article (a listing, section front, forum, product page…), in one line, when the page-kind
    /// classifier says so; null for an article or a page that was not judged.
    /// </summary>
    public string? NotArticle { get; init; }
}
