namespace NewsExtract.Ingestion.Html;

/// <summary>What <see cref="HtmlArticleExtractor"/> took out of one HTML page: the article text and its metadata.</summary>
public sealed record ExtractedPage
{
    /// <summary>The article headline, or null when the page has none.</summary>
    public string? Title { get; init; }

    /// <summary>The article body: paragraphs separated by a blank line, whitespace normalised, entities decoded.</summary>
    public required string Text { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public string? Author { get; init; }

    /// <summary>The canonical address of the article (absolute when the page or its URL allows it).</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The page language as a BCP 47 tag ("en", "ru", "en-US"), or null when the page does not say.</summary>
    public string? Language { get; init; }
}
