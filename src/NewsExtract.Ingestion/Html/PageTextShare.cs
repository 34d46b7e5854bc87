using System.Runtime.CompilerServices;
using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// How much of a page's readable text an element holds (characters of its <see cref="ReadableTextNodes"/>),
/// counted once per element and kept for the life of the parsed document. An element that holds most of the page is
/// the page's own wrapper, whatever its class says ("beside_sidebar", Blogger's "widget Blog" around the posts).
/// </summary>
public static class PageTextShare
{
    /// <summary>Share of the page's text above which an element is taken for the page's wrapper.</summary>
    public const double MostOfPage = 0.5;

    private static readonly ConditionalWeakTable<HtmlNode, StrongBox<int>> Lengths = new();

    /// <summary>Whether <paramref name="node"/> holds more than <see cref="MostOfPage"/> of its document's text.</summary>
    public static bool HoldsMostOfPage(HtmlNode node)
    {
        var page = Length(node.OwnerDocument.DocumentNode);
        return page > 0 && Length(node) > MostOfPage * page;
    }

    /// <summary>Characters of readable text under <paramref name="node"/>.</summary>
    public static int Length(HtmlNode node) => Lengths.GetValue(node, n => new StrongBox<int>(Count(n))).Value;

    private static int Count(HtmlNode node)
    {
        var total = 0;
        foreach (var text in ReadableTextNodes.Under(node))
            total += CountNonSpace(text.InnerText);
        return total;
    }

    private static int CountNonSpace(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (!char.IsWhiteSpace(c))
                count++;
        return count;
    }
}
