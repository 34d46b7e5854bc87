namespace NewsExtract.Ingestion.Html;

/// <summary>What <see cref="HtmlArticleExtractor"/> took out of one HTML page: the article text and its metadata.</summary>
public sealed record ExtractedPage
{
    /// <summary>The article headline, or null when the page has none.</summary>
    public string? Title { get; init; }

    /// <summary>The article body: paragraphs separated by a blank line, whitespace normalised, entities decoded.</summary>
    public required string Text { get; init; }

    /// <summary>When the article was first published, with the offset the page gave (UTC when it gave none).</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The authors joined with ", ", or null.</summary>
    public string? Author { get; init; }

    /// <summary>Each author named by the page, in the page's order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The canonical address of the article (absolute when the page or its URL allows it).</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The page language as a BCP 47 tag ("en", "ru", "en-US"), or null when the page does not say.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// Whether the page is an article, by the page-kind classifier (<see cref="HtmlExtractionOptions.PageKindClassifier"/>);
    /// null when the page was not judged (no classifier, or a body XPath pinned the body). The text is extracted either way.
    /// </summary>
    public PageKinds.PageKindVerdict? PageKind { get; init; }

    /// <summary>Where each metadata value came from.</summary>
    public ExtractedMetadataSources Sources { get; init; } = new();
}
