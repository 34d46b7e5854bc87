using HtmlAgilityPack;
using NewsExtract.Ingestion.Feeds;

namespace NewsExtract.Ingestion.Sources;

/// <summary>
/// A plain page extractor used until the full HTML article extractor is wired in: title from og:title or
/// &lt;title&gt;, body from the override XPath or the page's paragraphs, date from the override, article meta or
/// &lt;time&gt;, canonical link and language from the markup.
/// </summary>
public sealed class BasicPageExtractor : IPageExtractor
{
    public PageContent Extract(string html, Uri pageUrl, PageExtractionOverrides overrides)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var root = document.DocumentNode;
        string? Text(HtmlNode? node) => node is null ? null : HtmlEntity.DeEntitize(node.InnerText).Trim() is { Length: > 0 } t ? t : null;
        string? Meta(string property) => root.SelectSingleNode($"//meta[@property='{property}' or @name='{property}']")?.GetAttributeValue("content", null);

        var title = (overrides.TitleXPath is { } tx ? Text(root.SelectSingleNode(tx)) : null)
            ?? Meta("og:title") ?? Text(root.SelectSingleNode("//h1")) ?? Text(root.SelectSingleNode("//title"));
        var bodyNodes = overrides.BodyXPath is { } bx ? root.SelectNodes(bx) : null;
        var paragraphs = bodyNodes is { Count: > 0 }
            ? bodyNodes.SelectMany(n => n.SelectNodes(".//p") is { } ps ? ps.AsEnumerable() : [n])
            : root.SelectNodes("//p")?.AsEnumerable() ?? [];
        var text = string.Join("\n\n", paragraphs.Select(p => Text(p)).OfType<string>());
        var dateNode = overrides.DateXPath is { } dx ? root.SelectSingleNode(dx) : null;
        var dateText = dateNode?.GetAttributeValue("datetime", null) ?? dateNode?.GetAttributeValue("content", null) ?? Text(dateNode)
            ?? Meta("article:published_time") ?? root.SelectSingleNode("//time[@datetime]")?.GetAttributeValue("datetime", null);
        var canonical = root.SelectSingleNode("//link[@rel='canonical']")?.GetAttributeValue("href", null);
        var language = root.SelectSingleNode("//html")?.GetAttributeValue("lang", null);
        return new PageContent(title, text, FeedDates.Parse(dateText), Meta("author"),
            FeedParser.Absolute(canonical, pageUrl)?.AbsoluteUri, string.IsNullOrWhiteSpace(language) ? null : language);
    }
}
