using System.Globalization;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Finds when an article was published, trying the sources in order of trust: an XPath override, JSON-LD
/// <c>datePublished</c>, publication meta tags (OpenGraph <c>article:published_time</c> and kin), microdata
/// <c>itemprop=datePublished</c>, a <c>&lt;time datetime&gt;</c> element, a date in the URL path, a dateline at
/// the start of the body text.
/// </summary>
public static partial class PublicationDateFinder
{
    private static readonly string[] MetaKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datePublished",
        "article.published", "published_time", "publish-date", "publish_date", "publishdate", "pubdate",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
        "dcterms.created", "date", "article:published", "cxenseparse:recs:publishtime", "original-publish-date",
        "article.created", "article_date_original", "DISPLAYDATE", "timestamp",
    ];

    /// <summary>Looks through the page for the publication date; null when no source gives a plausible one.</summary>
    public static DateTimeOffset? Find(HtmlDocument document, PageScan scan, MetaTags meta, JsonLdArticle? jsonLd, Uri? url, string? bodyText,
        HtmlExtractionOptions? options = null)
    {
        options ??= HtmlExtractionOptions.Default;
        if (options.DateXPath is not null)
        {
            var node = document.DocumentNode.SelectSingleNode(options.DateXPath);
            if (node is not null)
            {
                var pinned = FromElement(node);
                if (pinned is not null)
                    return pinned;
            }
        }
        return DateParsing.ParseMachine(jsonLd?.DatePublished)
            ?? DateParsing.ParseMachine(meta.Get(MetaKeys))
            ?? FromMicrodata(scan.DateItems)
            ?? FromTimeElements(scan.Times)
            ?? FromUrl(url)
            ?? DateParsing.ParseMachine(jsonLd?.DateCreated)
            ?? (options.DateFromText && bodyText is not null ? FromDateline(bodyText) : null);
    }

    /// <summary>The date an element carries: its <c>datetime</c> or <c>content</c> attribute, else its text.</summary>
    public static DateTimeOffset? FromElement(HtmlNode node) =>
        DateParsing.ParseMachine(node.GetAttributeValue("datetime", null))
        ?? DateParsing.ParseMachine(node.GetAttributeValue("content", null))
        ?? DateParsing.FindInText(TextNormalizer.Clean(node.InnerText));

    /// <summary>A date written as path segments of the URL: <c>/2018/12/30/</c>, <c>/2018-12-30/</c> or <c>/20181230/</c>.</summary>
    public static DateTimeOffset? FromUrl(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
            return null;
        var m = UrlDate().Match(url.AbsolutePath);
        if (!m.Success)
            return null;
        return DateParsing.Make(
            int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>A date in the first lines of the body ("MOSCOW, December 30 (TASS)", "Baku, 30.12.2018").</summary>
    public static DateTimeOffset? FromDateline(string bodyText)
    {
        var head = bodyText.Length > 400 ? bodyText[..400] : bodyText;
        return DateParsing.FindInText(head);
    }

    private static DateTimeOffset? FromMicrodata(IEnumerable<HtmlNode> nodes)
    {
        foreach (var node in nodes)
        {
            var date = FromElement(node);
            if (date is not null)
                return date;
        }
        return null;
    }

    private static DateTimeOffset? FromTimeElements(IEnumerable<HtmlNode> times)
    {
        HtmlNode? best = null;
        foreach (var time in times)
        {
            var hint = (time.GetAttributeValue("class", "") + " " + time.GetAttributeValue("itemprop", "") + " "
                + (time.Attributes["pubdate"] is not null ? "pubdate" : "")).ToLowerInvariant();
            if (hint.Contains("publish", StringComparison.Ordinal) || hint.Contains("pubdate", StringComparison.Ordinal)
                || hint.Contains("created", StringComparison.Ordinal))
            {
                best = time;
                break;
            }
            if (best is null && !hint.Contains("modif", StringComparison.Ordinal) && !hint.Contains("updat", StringComparison.Ordinal))
                best = time;
        }
        return best is null ? null : FromElement(best);
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)(?:/|-|_)?(?<m>[01]\d)(?:/|-|_)?(?<d>[0-3]\d)(?:/|-|_|\.|$)|/(?<y>(?:19|20)\d\d)/(?<m>[01]?\d)/(?<d>[0-3]?\d)/",
        RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();
}
