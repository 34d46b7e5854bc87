using System.Xml;
using NewsExtract.Ingestion.Feeds;
using NewsExtract.Ingestion.Sources;

namespace NewsExtract.Ingestion.Sitemaps;

/// <summary>
/// Reads XML sitemaps: a <c>urlset</c> (with <c>lastmod</c>, and Google News <c>news:publication_date</c> and
/// <c>news:title</c>) or a <c>sitemapindex</c> of child sitemaps. As forgiving as <see cref="FeedParser"/>.
/// </summary>
public static class SitemapParser
{
    private static readonly XmlReaderSettings Settings = ForgivingXmlSettings.Reader;

    /// <exception cref="FormatException">When the document is not a sitemap.</exception>
    public static SitemapDocument Parse(string xml, Uri sitemapUrl)
    {
        var entries = new List<DiscoveredLink>();
        bool? isIndex = null;
        string? warning = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(XmlSanitizer.Repair(xml)), Settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (isIndex is null)
                {
                    isIndex = reader.LocalName switch
                    {
                        "sitemapindex" => true,
                        "urlset" => false,
                        var other => throw new FormatException($"not a sitemap (the root element is <{other}>)"),
                    };
                    continue;
                }
                if (reader.LocalName is "url" or "sitemap")
                {
                    using var subtree = reader.ReadSubtree();
                    if (ReadEntry(subtree, sitemapUrl) is { } link) entries.Add(link);
                }
            }
        }
        catch (XmlException ex)
        {
            if (isIndex is null) throw new FormatException($"not readable as XML: {ex.Message}", ex);
            warning = $"the sitemap is malformed after {entries.Count} entries ({ex.Message})";
        }
        if (isIndex is null) throw new FormatException("the document is empty");
        return new SitemapDocument(isIndex.Value, entries, warning);
    }

    private static DiscoveredLink? ReadEntry(XmlReader reader, Uri sitemapUrl)
    {
        string? loc = null, title = null, lastModified = null, published = null;
        XmlContent.ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "loc": loc = XmlContent.Read(child); break;
                case "lastmod": lastModified = XmlContent.Read(child); break;
                case "news":
                    XmlContent.ForEachChild(child, news =>
                    {
                        switch (news.LocalName)
                        {
                            case "publication_date": published = XmlContent.Read(news); break;
                            case "title": title = XmlContent.Read(news); break;
                            default: news.Skip(); break;
                        }
                    });
                    break;
                default: child.Skip(); break;
            }
        });
        var url = FeedParser.Absolute(loc, sitemapUrl);
        return url is null ? null : new DiscoveredLink(url, string.IsNullOrWhiteSpace(title) ? null : title, FeedDates.Parse(published ?? lastModified));
    }
}
