using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// A date printed on its own beside the headline, in an element that says nothing about dates in its class: "March
/// 17, 2025" under the <c>&lt;h1&gt;</c>, "By Ann Lee · Dec 12, 2025 · 5 min read" above it. The first short line with a
/// date among the elements after the headline (then just before it) is taken; lines in sidebars, lists of other
/// stories and comments, lines inside links or whose date is a link, and "Updated …" lines are passed over.
/// </summary>
public static class HeadlineDateFinder
{
    /// <summary>Elements looked at after the headline, and before it.</summary>
    private const int ElementsAfter = 60, ElementsBefore = 15;

    /// <summary>Longest line that counts as a date line (a date with a label, a name or a reading time).</summary>
    private const int MaxLineChars = 60;

    public static DateTimeOffset? Find(IReadOnlyList<HtmlNode> headings, IReadOnlySet<HtmlNode> headingAncestors, bool updated)
    {
        var headline = headings.FirstOrDefault(h => !PageRegion.IsElsewhere(h, headingAncestors));
        if (headline is null)
            return null;
        var seen = 0;
        for (var node = After(headline); node is not null && seen < ElementsAfter; node = Next(node))
        {
            if (node.NodeType != HtmlNodeType.Element)
                continue;
            seen++;
            if (DateLine(node, headingAncestors, updated) is { } date)
                return date;
        }
        // Before the headline: the last elements ahead of it in document order, not its ancestors (their text holds it).
        var ancestors = headline.Ancestors().ToHashSet();
        var before = new Queue<HtmlNode>();
        foreach (var node in headline.OwnerDocument.DocumentNode.Descendants())
        {
            if (node == headline)
                break;
            if (node.NodeType != HtmlNodeType.Element || ancestors.Contains(node))
                continue;
            before.Enqueue(node);
            if (before.Count > ElementsBefore)
                before.Dequeue();
        }
        foreach (var node in before.Reverse())
            if (DateLine(node, headingAncestors, updated) is { } date)
                return date;
        return null;
    }

    private static DateTimeOffset? DateLine(HtmlNode node, IReadOnlySet<HtmlNode> headingAncestors, bool updated)
    {
        if (node.Name is "script" or "style" or "noscript" or "template" or "svg" or "a" or "h1" or "h2" or "option")
            return null;
        var text = TextNormalizer.Clean(node.InnerText);
        if (text.Length is < 6 or > MaxLineChars || InLink(node) || DateInLink(node) || PageRegion.IsElsewhere(node, headingAncestors))
            return null;
        if (PublicationDateFinder.IsUpdate(text.ToLowerInvariant()) != updated)
            return null;
        return DateParsing.FindInText(text);
    }

    /// <summary>Whether a link inside the line carries a date ("Older story, May 5, 2023"); a linked author name does not count.</summary>
    private static bool DateInLink(HtmlNode node) =>
        node.Descendants("a").Any(a => DateParsing.FindInText(TextNormalizer.Clean(a.InnerText)) is not null);

    private static bool InLink(HtmlNode node)
    {
        var n = 0;
        for (var a = node.ParentNode; a is not null && n < 4; a = a.ParentNode, n++)
            if (a.Name == "a")
                return true;
        return false;
    }

    /// <summary>The first node after <paramref name="node"/> and everything inside it, in document order.</summary>
    private static HtmlNode? After(HtmlNode node)
    {
        for (var n = node; n is not null; n = n.ParentNode)
            if (n.NextSibling is { } next)
                return next;
        return null;
    }

    /// <summary>The next node in document order (into children first).</summary>
    private static HtmlNode? Next(HtmlNode node) => node.FirstChild ?? After(node);
}
