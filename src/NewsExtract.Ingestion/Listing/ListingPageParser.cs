using System.Xml.XPath;
using HtmlAgilityPack;
using NewsExtract.Ingestion.Feeds;
using NewsExtract.Ingestion.Sources;

namespace NewsExtract.Ingestion.Listing;

/// <summary>
/// Finds article links on a listing page (a section front, "latest news") with the source's XPath. The XPath may
/// select the links themselves, elements containing one, or their <c>href</c> attributes (<c>…/a/@href</c>).
/// Links are made absolute, fragments dropped, duplicates removed, page order kept.
/// </summary>
public static class ListingPageParser
{
    /// <exception cref="ArgumentException">When <paramref name="linkXPath"/> is not valid XPath.</exception>
    public static IReadOnlyList<DiscoveredLink> Parse(string html, Uri pageUrl, string linkXPath)
    {
        var xpath = linkXPath.EndsWith("/@href", StringComparison.Ordinal) ? linkXPath[..^"/@href".Length] : linkXPath;
        var document = new HtmlDocument();
        document.LoadHtml(html);
        HtmlNodeCollection? nodes;
        try { nodes = document.DocumentNode.SelectNodes(xpath); }
        catch (XPathException ex) { throw new ArgumentException($"the link XPath '{linkXPath}' is not valid: {ex.Message}", ex); }
        var links = new List<DiscoveredLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes ?? Enumerable.Empty<HtmlNode>())
        {
            var anchor = node.GetAttributeValue("href", null) is not null ? node : node.SelectSingleNode(".//a[@href]");
            var href = anchor?.GetAttributeValue("href", null);
            if (href is null || FeedParser.Absolute(HtmlEntity.DeEntitize(href), pageUrl) is not { } url) continue;
            if (!seen.Add(url.AbsoluteUri)) continue;
            var title = HtmlEntity.DeEntitize(anchor!.InnerText).Trim();
            links.Add(new DiscoveredLink(url, title.Length == 0 ? null : title));
        }
        return links;
    }

    /// <summary>Whether <paramref name="xpath"/> compiles (for start-up validation); the error otherwise.</summary>
    public static string? Check(string xpath)
    {
        try { XPathExpression.Compile(xpath); return null; }
        catch (XPathException ex) { return ex.Message; }
    }
}
