using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Where on the page an element sits, judged by its ancestors' tags, classes and ids: inside the comments, or in a
/// block of other articles (related, recommended, sidebar, footer). Dates and bylines found there belong to
/// something other than the article.
/// </summary>
public static class PageRegion
{
    private const int MaxAncestors = 25;

    private static readonly string[] ElsewhereHints =
    [
        "comment", "reply", "replies", "related", "recommend", "sidebar", "widget", "footer", "more-stories",
        "trending", "popular", "newsletter", "teaser", "card-list", "also-read", "read-more", "next-post", "prev-post",
    ];

    /// <summary>Whether <paramref name="node"/> sits inside comments, a list of other stories, a sidebar or the footer.</summary>
    public static bool IsElsewhere(HtmlNode node)
    {
        var n = 0;
        for (var a = node; a is not null && a.NodeType == HtmlNodeType.Element && n < MaxAncestors; a = a.ParentNode, n++)
        {
            if (a.Name is "footer" or "aside" or "nav")
                return true;
            if (a.Attributes.Count == 0)
                continue;
            var hints = (a.GetAttributeValue("class", "") + " " + a.GetAttributeValue("id", "")).ToLowerInvariant();
            foreach (var hint in ElsewhereHints)
            {
                if (hints.Contains(hint, StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }
}
