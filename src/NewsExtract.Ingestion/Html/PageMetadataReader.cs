using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>Reads the title, author, canonical URL and language of a page from its markup and metadata.</summary>
public static partial class PageMetadataReader
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / "];

    /// <summary>
    /// The headline: the XPath override, else the page's <c>&lt;h1&gt;</c> when the title metadata agrees with it,
    /// else OpenGraph or JSON-LD headline, else the document title without its site-name part.
    /// </summary>
    public static string? Title(HtmlDocument document, PageScan scan, MetaTags meta, JsonLdArticle? jsonLd, HtmlExtractionOptions options)
    {
        if (options.TitleXPath is not null)
        {
            var pinned = TextNormalizer.Clean(document.DocumentNode.SelectSingleNode(options.TitleXPath)?.InnerText);
            if (pinned.Length > 0)
                return pinned;
        }
        var docTitle = TextNormalizer.Clean(scan.Title?.InnerText);
        var ogTitle = meta.Get("og:title", "twitter:title");
        var headline = jsonLd?.Headline is null ? null : TextNormalizer.Clean(jsonLd.Headline);
        var h1s = scan.Headings1;
        foreach (var h1 in h1s)
        {
            var text = TextNormalizer.Clean(h1.InnerText);
            if (text.Length < 3)
                continue;
            if (Agrees(text, ogTitle) || Agrees(text, headline) || Agrees(text, docTitle))
                return text;
        }
        if (!string.IsNullOrEmpty(ogTitle))
            return StripSiteName(ogTitle);
        if (!string.IsNullOrEmpty(headline))
            return headline;
        if (docTitle.Length > 0)
            return StripSiteName(docTitle);
        var firstH1 = h1s.Count == 0 ? "" : TextNormalizer.Clean(h1s[0].InnerText);
        return firstH1.Length > 0 ? firstH1 : null;
    }

    private static bool Agrees(string h1, string? other) =>
        !string.IsNullOrEmpty(other) && (other.Contains(h1, StringComparison.OrdinalIgnoreCase) || h1.Contains(other, StringComparison.OrdinalIgnoreCase));

    /// <summary>Drops a site-name part ("Headline | Site") from a document title, keeping the longest part.</summary>
    public static string StripSiteName(string title)
    {
        foreach (var separator in TitleSeparators)
        {
            var parts = title.Split(separator);
            if (parts.Length < 2)
                continue;
            var longest = parts.MaxBy(p => p.Length)!.Trim();
            if (longest.Length >= 15 && longest.Length >= title.Length / 2)
                return longest;
        }
        return title.Trim();
    }

    /// <summary>The author: JSON-LD, author meta tags, microdata, <c>rel=author</c> links, or a "By …" byline.</summary>
    public static string? Author(PageScan scan, MetaTags meta, JsonLdArticle? jsonLd)
    {
        if (!string.IsNullOrWhiteSpace(jsonLd?.Author))
            return jsonLd.Author;
        var fromMeta = meta.Get("author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator", "dcterms.creator", "twitter:creator");
        if (fromMeta is not null && !fromMeta.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            return CleanByline(fromMeta);
        foreach (var node in scan.AuthorItems)
        {
            var name = node.GetAttributeValue("itemprop", "") == "author"
                ? node.Descendants().FirstOrDefault(d => d.GetAttributeValue("itemprop", "") == "name") ?? node
                : node;
            var text = name.GetAttributeValue("content", null) ?? name.InnerText;
            var byline = CleanByline(TextNormalizer.Clean(text));
            if (byline is { Length: > 1 and < 120 })
                return byline;
        }
        return null;
    }

    private static string? CleanByline(string text)
    {
        var cleaned = ByPrefix().Replace(text.Trim(), "").Trim();
        if (cleaned.StartsWith('@'))
            cleaned = cleaned[1..];
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>The canonical URL: <c>&lt;link rel=canonical&gt;</c>, else <c>og:url</c>, else JSON-LD, else the page URL.</summary>
    public static string? CanonicalUrl(PageScan scan, MetaTags meta, JsonLdArticle? jsonLd, Uri? pageUrl)
    {
        foreach (var link in scan.Links)
        {
            var rel = link.GetAttributeValue("rel", "");
            if (!rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
                continue;
            var resolved = Resolve(link.GetAttributeValue("href", ""), pageUrl);
            if (resolved is not null)
                return resolved;
        }
        return Resolve(meta.Get("og:url"), pageUrl) ?? Resolve(jsonLd?.Url, pageUrl) ?? pageUrl?.AbsoluteUri;
    }

    private static string? Resolve(string? href, Uri? baseUrl)
    {
        href = href is null ? null : HtmlEntity.DeEntitize(href).Trim();
        if (string.IsNullOrEmpty(href))
            return null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
            return absolute.AbsoluteUri;
        if (baseUrl is not null && baseUrl.IsAbsoluteUri && Uri.TryCreate(baseUrl, href, out var relative))
            return relative.AbsoluteUri;
        return href.StartsWith('/') ? href : null;
    }

    /// <summary>The language as a BCP 47 tag: <c>&lt;html lang&gt;</c>, content-language meta, <c>og:locale</c>, JSON-LD.</summary>
    public static string? Language(PageScan scan, MetaTags meta, JsonLdArticle? jsonLd)
    {
        var html = scan.Html;
        return NormalizeLanguage(html?.GetAttributeValue("lang", null))
            ?? NormalizeLanguage(html?.GetAttributeValue("xml:lang", null))
            ?? NormalizeLanguage(meta.Get("content-language", "language", "dc.language", "og:locale"))
            ?? NormalizeLanguage(jsonLd?.Language);
    }

    /// <summary>"en_US" → "en-US", "EN" → "en", "ru-ru, en" → "ru-RU"; null for values that are not a language tag.</summary>
    public static string? NormalizeLanguage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var first = value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
            return null;
        var parts = first.Replace('_', '-').Split('-');
        if (!LanguagePart().IsMatch(parts[0]))
            return null;
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            if (!SubtagPart().IsMatch(parts[i]))
                return parts[0];
            parts[i] = parts[i].Length == 2 ? parts[i].ToUpperInvariant()
                : parts[i].Length == 4 ? char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant()
                : parts[i].ToLowerInvariant();
        }
        return string.Join('-', parts);
    }

    [GeneratedRegex(@"^[A-Za-z]{2,3}$")]
    private static partial Regex LanguagePart();

    [GeneratedRegex(@"^[A-Za-z0-9]{2,8}$")]
    private static partial Regex SubtagPart();

    [GeneratedRegex(@"^(by|от|автор:?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();
}
