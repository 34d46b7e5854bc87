using HtmlAgilityPack;
using System.Xml.XPath;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Takes a news article out of an HTML page: the body text without page furniture, the title, publication date,
/// author, canonical URL and language. Thread-safe: each call parses its own document.
/// </summary>
public sealed class HtmlArticleExtractor
{
    /// <summary>Deepest element nesting accepted; deeper pages are rejected rather than risk the stack.</summary>
    public const int MaxNesting = 4000;

    private readonly HtmlExtractionOptions _options;

    public HtmlArticleExtractor(HtmlExtractionOptions? options = null) => _options = options ?? HtmlExtractionOptions.Default;

    /// <summary>Extracts the article from <paramref name="html"/>; <paramref name="pageUrl"/> (if known) resolves relative links and gives a URL date.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="html"/> is null.</exception>
    /// <exception cref="InvalidDataException">When the page nests elements more than <see cref="MaxNesting"/> deep.</exception>
    /// <exception cref="ArgumentException">When an XPath override in the options is not valid XPath.</exception>
    public ExtractedPage Extract(string html, Uri? pageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxNesting, OptionUseIdAttribute = false };
        try
        {
            document.LoadHtml(HtmlPreCleaner.Clean(html));
        }
        catch (Exception e) when (e.GetType() == typeof(Exception))
        {
            // HtmlAgilityPack reports runaway nesting (unclosed tags) with a bare Exception.
            throw new InvalidDataException($"The page cannot be parsed as HTML: {e.Message}", e);
        }
        try
        {
            return Extract(document, pageUrl);
        }
        catch (XPathException e)
        {
            throw new ArgumentException($"An XPath override in the extraction options is not valid: {e.Message}", e);
        }
    }

    private ExtractedPage Extract(HtmlDocument document, Uri? pageUrl)
    {
        var scan = PageScan.Of(document);
        var meta = new MetaTags(scan.Metas);
        var jsonLd = JsonLdReader.Read(scan.JsonLd);
        var title = PageMetadataReader.Title(document, scan, meta, jsonLd, _options);
        var authors = PageMetadataReader.Authors(scan, meta, jsonLd);
        var canonical = PageMetadataReader.CanonicalUrl(scan, meta, jsonLd, pageUrl);
        var language = PageMetadataReader.Language(scan, meta, jsonLd);
        var dateUrl = pageUrl ?? (Uri.TryCreate(canonical?.Value, UriKind.Absolute, out var c) ? c : null);
        var markupDate = PublicationDateFinder.Find(document, scan, meta, jsonLd, dateUrl, bodyText: null,
            _options with { DateFromText = false });

        var text = ExtractBody(document, scan.Body ?? document.DocumentNode, title?.Value);
        var published = markupDate;
        if (published is null && _options.DateFromText && PublicationDateFinder.FromDateline(text) is { } dateline)
            published = new(dateline, "dateline");
        return new ExtractedPage
        {
            Title = title?.Value,
            Text = text,
            PublishedAt = published?.Value,
            Author = authors is null ? null : string.Join(", ", authors.Value),
            Authors = authors?.Value ?? [],
            CanonicalUrl = canonical?.Value,
            Language = language?.Value,
            Sources = new ExtractedMetadataSources
            {
                Title = title?.Source,
                PublishedAt = published?.Source,
                Author = authors?.Source,
                CanonicalUrl = canonical?.Source,
                Language = language?.Source,
            },
        };
    }

    private string ExtractBody(HtmlDocument document, HtmlNode body, string? title)
    {
        var finder = new ArticleBodyFinder();
        if (_options.BodyXPath is not null)
        {
            var pinned = document.DocumentNode.SelectNodes(_options.BodyXPath);
            if (pinned is { Count: > 0 })
            {
                finder.Measure(body);
                return new BodyTextWriter(finder.StatsOf, title).Write(pinned);
            }
        }
        var nodes = finder.Find(body);
        return new BodyTextWriter(finder.StatsOf, title).Write(nodes);
    }
}
