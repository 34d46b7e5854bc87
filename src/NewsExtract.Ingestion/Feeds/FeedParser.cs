using System.Xml;
using NewsExtract.Ingestion.Sources;

namespace NewsExtract.Ingestion.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with a forgiving XmlReader: the format is detected from the root
/// element, the XML is repaired first (<see cref="XmlSanitizer"/>), and a feed that breaks halfway still yields the
/// entries before the break (with a warning). Links are made absolute against the feed's URL; entries without a
/// usable http(s) link are skipped.
/// </summary>
public static class FeedParser
{
    private static readonly XmlReaderSettings Settings = ForgivingXmlSettings.Reader;

    /// <exception cref="FormatException">When the document is not a feed at all (no rss, RDF or Atom root).</exception>
    public static FeedDocument Parse(string xml, Uri feedUrl)
    {
        var entries = new List<DiscoveredLink>();
        string? format = null, warning = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(XmlSanitizer.Repair(xml)), Settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (format is null)
                {
                    format = reader.LocalName.ToLowerInvariant() switch
                    {
                        "rss" => "rss",
                        "rdf" => "rdf",
                        "feed" => "atom",
                        var other => throw new FormatException($"not an RSS or Atom feed (the root element is <{other}>)"),
                    };
                    continue;
                }
                if (reader.LocalName is "item" or "entry")
                {
                    using var subtree = reader.ReadSubtree();
                    if (ReadEntry(subtree, feedUrl) is { } link) entries.Add(link);
                }
            }
        }
        catch (XmlException ex)
        {
            if (format is null) throw new FormatException($"not readable as XML: {ex.Message}", ex);
            warning = $"the feed is malformed after {entries.Count} entries ({ex.Message})";
        }
        if (format is null) throw new FormatException("the document is empty");
        return new FeedDocument(format, entries, warning);
    }

    private static DiscoveredLink? ReadEntry(XmlReader reader, Uri feedUrl)
    {
        string? link = null, guid = null, title = null, date = null, atomLink = null;
        bool guidIsLink = true;
        XmlContent.ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "link":
                    if (child.GetAttribute("href") is { } href)
                    {
                        var rel = child.GetAttribute("rel");
                        if (rel is null or "alternate" && atomLink is null) atomLink = href;
                        child.Skip();
                    }
                    else
                    {
                        var text = XmlContent.Read(child);
                        if (link is null && text.Length > 0) link = text;
                    }
                    break;
                case "guid":
                    guidIsLink = !string.Equals(child.GetAttribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase);
                    guid = XmlContent.Read(child);
                    break;
                case "title":
                    title ??= XmlContent.Read(child);
                    break;
                case "pubDate" or "published" or "date" or "issued":
                    date = XmlContent.Read(child);
                    break;
                case "updated" or "modified":
                    date ??= XmlContent.Read(child);
                    break;
                default:
                    child.Skip();
                    break;
            }
        });
        var url = Absolute(atomLink ?? link, feedUrl) ?? (guidIsLink ? Absolute(guid, feedUrl) : null);
        if (url is null) return null;
        return new DiscoveredLink(url, string.IsNullOrWhiteSpace(title) ? null : title, FeedDates.Parse(date));
    }

    /// <summary>An absolute http(s) URL without fragment, or null.</summary>
    public static Uri? Absolute(string? href, Uri baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (!Uri.TryCreate(baseUrl, href.Trim(), out var url) || url.Scheme is not ("http" or "https")) return null;
        return url.Fragment.Length > 0 ? new UriBuilder(url) { Fragment = string.Empty }.Uri : url;
    }
}
