using NewsExtract.Core.Articles;
using NewsExtract.Ingestion.Feeds;
using NewsExtract.Ingestion.Http;
using NewsExtract.Ingestion.Sources;

namespace NewsExtract.Worker.Processing;

/// <summary>
/// Turns a fetched page into an <see cref="Article"/> keyed by its canonical URL: the page's canonical link when it
/// gives an http(s) one, else the URL the redirects ended at. So the same story reached through a feed, a sitemap
/// and a tracking redirect is one article with one id.
/// </summary>
public sealed class WebArticleBuilder(IPageExtractor extractor)
{
    /// <exception cref="ArticleReadException">When the page is not HTML or holds no article text.</exception>
    /// <exception cref="NotAnArticleException">When the page-kind classifier judges the page a listing, forum, product or other non-article page.</exception>
    public Article Build(PageRequest request, FetchResult page)
    {
        var input = request.Url.AbsoluteUri;
        if (page.MediaType is { } media && !media.Contains("html", StringComparison.OrdinalIgnoreCase) && media != "text/plain")
            throw new ArticleReadException(input, $"not an HTML page ({media})");
        var (html, _) = TextCharset.Decode(page.Body, page.HeaderCharset);
        PageContent content;
        try { content = extractor.Extract(html, page.FinalUrl, request.Source.Overrides); }
        catch (ArgumentException ex) { throw new ArticleReadException(input, ex.Message, ex); }
        if (string.IsNullOrWhiteSpace(content.Text))
            throw new ArticleReadException(input, "no article text found in the page");
        if (content.NotArticle is { } why)
            throw new NotAnArticleException(input, why);
        var canonical = Canonical(content.CanonicalUrl, page.FinalUrl);
        return new Article
        {
            Key = canonical,
            Url = canonical,
            Text = content.Text,
            Title = content.Title ?? request.Link?.Title,
            PublishedAt = content.PublishedAt ?? request.Link?.PublishedAt,
            Language = content.Language,
            Source = new ArticleSource(request.Source.Name, request.Source.Options.Url, null),
        };
    }

    /// <summary>The canonical form of an article URL: absolute http(s), no fragment, lower-case host.</summary>
    public static string Canonical(string? declared, Uri pageUrl)
    {
        var url = FeedParser.Absolute(declared, pageUrl) ?? FeedParser.Absolute(pageUrl.AbsoluteUri, pageUrl) ?? pageUrl;
        return url.AbsoluteUri;
    }
}
