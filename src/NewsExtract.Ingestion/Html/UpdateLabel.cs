using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Whether a date is labelled as an update by the words printed before it in the short line that holds it, when the
/// label and the date sit in elements of their own: "<c>&lt;span&gt;Updated on&lt;/span&gt; &lt;span class="date"&gt;Mar
/// 3, 2026&lt;/span&gt;</c>", "<c>Last updated: &lt;time&gt;…&lt;/time&gt;</c>". The nearest label before the date
/// decides, so in "Published May 2, 2024 · Updated June 1, 2024" the first date is the publication and the second the
/// update.
/// </summary>
public static class UpdateLabel
{
    /// <summary>Enclosing elements looked at, and the most elements and characters a line can have.</summary>
    private const int MaxLevels = 3, MaxLineElements = 30, MaxLineChars = 160;

    public static bool Precedes(HtmlNode node)
    {
        var own = TextNormalizer.Clean(node.InnerText);
        if (own.Length == 0)
            return false;
        var n = 0;
        for (var a = node.ParentNode; a is not null && a.NodeType == HtmlNodeType.Element && n < MaxLevels; a = a.ParentNode, n++)
        {
            if (a.Name is "body" or "html" || a.Descendants().Take(MaxLineElements + 1).Count() > MaxLineElements)
                return false;
            var line = TextNormalizer.Clean(a.InnerText);
            if (line.Length > MaxLineChars)
                return false;
            var at = line.IndexOf(own, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var before = line[..at].ToLowerInvariant();
            var update = LastIndex(PublicationDateFinder.UpdateWord().Matches(before));
            var publish = LastIndex(PublicationDateFinder.PublishWord().Matches(before));
            if (update >= 0 || publish >= 0)
                return update > publish;
        }
        return false;
    }

    private static int LastIndex(System.Text.RegularExpressions.MatchCollection matches) => matches.Count == 0 ? -1 : matches[^1].Index;
}
