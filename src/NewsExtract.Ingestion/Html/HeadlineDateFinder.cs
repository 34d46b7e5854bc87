using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// A date printed on its own beside the headline, in an element that says nothing about dates in its class: "March
/// 17, 2025" under the <c>&lt;h1&gt;</c>, "By Ann Lee · Dec 12, 2025 · 5 min read" above it. The first of the
/// <see cref="HeadlineLines"/> with a date is taken; "Updated …" lines, dates an "Updated" label before them marks
/// (<see cref="UpdateLabel"/>) and lines whose date is a link are passed over.
/// </summary>
public static class HeadlineDateFinder
{
    public static DateTimeOffset? Find(IReadOnlyList<HtmlNode> headings, IReadOnlySet<HtmlNode> headingAncestors)
    {
        foreach (var (node, text) in HeadlineLines.Near(headings, headingAncestors))
        {
            if (text.Length < 6 || PublicationDateFinder.IsUpdate(text.ToLowerInvariant()) || DateInLink(node) || UpdateLabel.Precedes(node))
                continue;
            if (DateParsing.FindInText(text) is { } date)
                return date;
        }
        return null;
    }

    /// <summary>Whether a link inside the line carries a date ("Older story, May 5, 2023"); a linked author name does not count.</summary>
    private static bool DateInLink(HtmlNode node) =>
        node.Descendants("a").Any(a => DateParsing.FindInText(TextNormalizer.Clean(a.InnerText)) is not null);
}
