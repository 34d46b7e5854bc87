using System.Collections.Concurrent;
using NewsExtract.Ingestion.Html;

namespace NewsExtract.Ingestion.Sources;

/// <summary>
/// The page extractor the worker uses: <see cref="HtmlArticleExtractor"/> with the source's XPath overrides
/// (one extractor per distinct set of overrides, reused across pages; the extractor is thread-safe).
/// </summary>
public sealed class HtmlPageExtractor : IPageExtractor
{
    private readonly ConcurrentDictionary<PageExtractionOverrides, HtmlArticleExtractor> _extractors = new();

    public PageContent Extract(string html, Uri pageUrl, PageExtractionOverrides overrides)
    {
        var extractor = _extractors.GetOrAdd(overrides, o => new HtmlArticleExtractor(new HtmlExtractionOptions
        {
            TitleXPath = o.TitleXPath,
            BodyXPath = o.BodyXPath,
            DateXPath = o.DateXPath,
        }));
        var page = extractor.Extract(html, pageUrl);
        return new PageContent(page.Title, page.Text, page.PublishedAt, page.Author, page.CanonicalUrl, page.Language)
        {
            NotArticle = page.PageKind is { IsArticle: false } verdict ? verdict.Reason : null,
        };
    }
}
