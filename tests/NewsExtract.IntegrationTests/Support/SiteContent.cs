using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsExtract.IntegrationTests.Support;

/// <summary>Pages, feeds and sitemaps written for the tests, and the ways of serving them (compressed, in a charset, with validators).</summary>
public static class SiteContent
{
    static SiteContent() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>An agency article page: navigation, the article (headline, date, paragraphs), related links, footer.</summary>
    public static string ArticlePage(string title, IEnumerable<string> paragraphs, string? canonical = null, string? charsetMeta = "utf-8",
        string published = "2026-11-20T09:30:00+04:00", string lang = "en")
    {
        var body = string.Join("\n", paragraphs.Select(p => $"      <p>{WebUtility.HtmlEncode(p)}</p>"));
        return $"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head>
              {(charsetMeta is null ? "" : $"<meta charset=\"{charsetMeta}\">")}
              <title>{WebUtility.HtmlEncode(title)} | Test Agency</title>
              {(canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\">")}
              <meta property="og:title" content="{WebUtility.HtmlEncode(title)}">
              <meta property="article:published_time" content="{published}">
            </head>
            <body>
              <nav class="menu"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a></nav>
              <article>
                <h1>{WebUtility.HtmlEncode(title)}</h1>
                <time datetime="{published}">{published}</time>
                <div class="article-body">
            {body}
                </div>
              </article>
              <aside class="related"><h3>Related</h3><ul><li><a href="/news/other">Other story</a></li></ul></aside>
              <footer>© Test Agency. All rights reserved.</footer>
            </body>
            </html>
            """;
    }

    /// <summary>Three paragraphs about <paramref name="subject"/>, distinct for every subject.</summary>
    public static string[] Paragraphs(string subject) =>
    [
        $"Officials said on Thursday that the {subject} would go ahead as planned after two days of talks in the capital.",
        $"The ministry said the {subject} had been prepared over several months and that the cost was estimated at 12 million dollars.",
        $"Observers expect the {subject} to draw delegations from a dozen countries, the statement added.",
    ];

    public static string Rss(IEnumerable<(string Url, string Title)> items, string channelTitle = "Test Agency — latest") =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>" + WebUtility.HtmlEncode(channelTitle) + "</title>" +
        string.Concat(items.Select(i =>
            $"<item><title>{WebUtility.HtmlEncode(i.Title)}</title><link>{WebUtility.HtmlEncode(i.Url)}</link>" +
            $"<pubDate>Thu, 20 Nov 2026 09:30:00 +0400</pubDate><guid isPermaLink=\"true\">{WebUtility.HtmlEncode(i.Url)}</guid></item>")) +
        "</channel></rss>";

    public static string Atom(IEnumerable<(string Url, string Title)> entries) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Test Agency</title>" +
        string.Concat(entries.Select(e =>
            $"<entry><title type=\"html\">{WebUtility.HtmlEncode(e.Title)}</title><link rel=\"alternate\" href=\"{WebUtility.HtmlEncode(e.Url)}\"/>" +
            $"<id>{WebUtility.HtmlEncode(e.Url)}</id><published>2026-11-20T09:30:00+04:00</published></entry>")) +
        "</feed>";

    public static string Sitemap(IEnumerable<string> urls) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">" +
        string.Concat(urls.Select(u =>
            $"<url><loc>{WebUtility.HtmlEncode(u)}</loc><news:news><news:publication><news:name>Test Agency</news:name><news:language>en</news:language></news:publication>" +
            "<news:publication_date>2026-11-20T09:30:00+04:00</news:publication_date><news:title>Story</news:title></news:news></url>")) +
        "</urlset>";

    public static string SitemapIndex(IEnumerable<string> sitemaps) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" +
        string.Concat(sitemaps.Select(s => $"<sitemap><loc>{WebUtility.HtmlEncode(s)}</loc><lastmod>2026-11-20</lastmod></sitemap>")) +
        "</sitemapindex>";

    /// <summary>Writes <paramref name="text"/> in <paramref name="encoding"/> with an ETag; answers 304 to a matching If-None-Match.</summary>
    public static async Task Write(HttpContext context, string text, string contentType, Encoding? encoding = null, string? compression = null)
    {
        var bytes = (encoding ?? Encoding.UTF8).GetBytes(text);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"";
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }
        context.Response.Headers.ETag = etag;
        context.Response.ContentType = contentType;
        if (compression is not null)
        {
            using var buffer = new MemoryStream();
            await using (Stream compressor = compression == "br"
                ? new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true)
                : new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                compressor.Write(bytes);
            }
            bytes = buffer.ToArray();
            context.Response.Headers.ContentEncoding = compression;
        }
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    public static Func<HttpContext, int, Task> Html(string html, string contentType = "text/html; charset=utf-8", Encoding? encoding = null, string? compression = null) =>
        (context, _) => Write(context, html, contentType, encoding, compression);

    public static Func<HttpContext, int, Task> Xml(string xml, string contentType = "application/xml; charset=utf-8") =>
        (context, _) => Write(context, xml, contentType);
}
