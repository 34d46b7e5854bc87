using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// The short lines printed around the headline, where a date or a byline sits when no class names it: the elements
/// after the page's headline (its first <c>&lt;h1&gt;</c> outside sidebars and other stories) and then those just
/// before it, each with its cleaned text when that is at most <see cref="MaxLineChars"/> characters long. Lines in
/// sidebars, lists of other stories and comments, and lines inside links are left out; the headline's ancestors too
/// (their text holds the headline).
/// </summary>
public static class HeadlineLines
{
    /// <summary>Elements looked at after the headline, and before it.</summary>
    private const int ElementsAfter = 60, ElementsBefore = 15;

    /// <summary>Longest line that counts (a date or a name with a label, a separator and a reading time).</summary>
    public const int MaxLineChars = 60;

    public static IEnumerable<(HtmlNode Node, string Text)> Near(IReadOnlyList<HtmlNode> headings, IReadOnlySet<HtmlNode> headingAncestors)
    {
        var headline = headings.FirstOrDefault(h => !PageRegion.IsElsewhere(h, headingAncestors));
        if (headline is null)
            yield break;
        var seen = 0;
        for (var node = After(headline); node is not null && seen < ElementsAfter; node = Next(node))
        {
            if (node.NodeType != HtmlNodeType.Element)
                continue;
            seen++;
            if (Line(node, headingAncestors) is { } text)
                yield return (node, text);
        }
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
            if (Line(node, headingAncestors) is { } text)
                yield return (node, text);
    }

    private static string? Line(HtmlNode node, IReadOnlySet<HtmlNode> headingAncestors)
    {
        if (node.Name is "script" or "style" or "noscript" or "template" or "svg" or "a" or "h1" or "h2" or "option")
            return null;
        var text = TextNormalizer.Clean(node.InnerText);
        return text.Length is < 3 or > MaxLineChars || InLink(node) || PageRegion.IsElsewhere(node, headingAncestors) ? null : text;
    }

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
