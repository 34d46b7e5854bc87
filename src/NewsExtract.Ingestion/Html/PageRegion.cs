using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Where on the page an element sits, judged by its ancestors' tags, classes and ids: inside the comments, or in a
/// block of other articles (related, recommended, sidebar, footer). Dates and bylines found there belong to
/// something other than the article. The classes of <c>&lt;html&gt;</c> and <c>&lt;body&gt;</c> describe the whole
/// page ("has-sidebar", "comments-open") and say nothing of a region; so do those of the wrappers that hold the
/// page's headline (<see cref="HeadingAncestors"/>: "content-sidebar-wrap" holds the article too).
/// </summary>
public static class PageRegion
{
    private const int MaxAncestors = 25;

    private static readonly string[] ElsewhereHints =
    [
        "comment", "reply", "replies", "related", "recommend", "sidebar", "footer", "more-stories",
        "trending", "popular", "newsletter", "teaser", "card-list", "also-read", "read-more", "next-post", "prev-post",
    ];

    /// <summary>
    /// Whether <paramref name="node"/> sits inside comments, a list of other stories, a sidebar or the footer; an
    /// ancestor in <paramref name="headingAncestors"/> (it holds the headline) is never such a region, nor is a
    /// <c>&lt;footer&gt;</c> or <c>&lt;aside&gt;</c> inside an <c>&lt;article&gt;</c> (the article's own byline and
    /// dates) or an element classed as its footer there or as the entry's own ("entry-footer"), nor a side column
    /// named for the article ("single-post-sidebar", <see cref="NamesTheArticle"/>), nor a page builder's "widget" that is only part of a class name ("elementor-widget-container": every
    /// block of such pages has it; a sidebar widget is "widget", "widget-area", "widget_recent_entries").
    /// </summary>
    public static bool IsElsewhere(HtmlNode node, IReadOnlySet<HtmlNode>? headingAncestors = null)
    {
        var n = 0;
        for (var a = node; a is not null && a.NodeType == HtmlNodeType.Element && n < MaxAncestors; a = a.ParentNode, n++)
        {
            if (a.Name is "html" or "body" || headingAncestors?.Contains(a) == true)
                continue;
            if (a.Name == "nav")
                return true;
            var hints = a.Attributes.Count == 0 ? "" : (a.GetAttributeValue("class", "") + " " + a.GetAttributeValue("id", "")).ToLowerInvariant();
            if (a.Name is "footer" && !InsideArticle(a) || a.Name is "aside" && !InsideArticle(a) && !NamesTheArticle(hints, "side"))
                return true;
            if (hints.Length == 0)
                continue;
            foreach (var hint in ElsewhereHints)
            {
                if (hints.Contains(hint, StringComparison.Ordinal) && !(hint == "footer" && IsArticleFooter(a, hints))
                    && !(hint == "sidebar" && NamesTheArticle(hints, "sidebar")) && !(hint != "comment" && PageTextShare.HoldsMostOfPage(a))
                    && !(hint == "newsletter" && !IsSignUpBox(a)))
                    return true;
            }
            if (hints.Contains("widget", StringComparison.Ordinal) && IsWidget(hints) && !PageTextShare.HoldsMostOfPage(a))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether an element classed as a footer is the article's own (its byline and dates): it sits inside an
    /// <c>&lt;article&gt;</c>, or its footer class names the entry it closes ("entry-footer", "post-footer",
    /// "article-template-footer-main").
    /// </summary>
    private static bool IsArticleFooter(HtmlNode node, string hints)
    {
        if (InsideArticle(node))
            return true;
        var footers = hints.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Contains("footer", StringComparison.Ordinal)).ToList();
        return footers.Count > 0 && footers.All(w => w.Contains("entry", StringComparison.Ordinal)
            || w.Contains("post", StringComparison.Ordinal) || w.Contains("article", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the class words that name a side column (those containing <paramref name="side"/>) all name the one
    /// article too ("single-post-sidebar", "ArticleAside"): the column beside the article with its own date and byline, not a
    /// sidebar of other stories ("recent-posts-sidebar").
    /// </summary>
    private static bool NamesTheArticle(string hints, string side)
    {
        var words = hints.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Contains(side, StringComparison.Ordinal)).ToList();
        return words.Count > 0 && words.All(w => (w.Contains("article", StringComparison.Ordinal) || w.Contains("entry", StringComparison.Ordinal)
            || w.Contains("post", StringComparison.Ordinal)) && !w.Contains("articles", StringComparison.Ordinal) && !w.Contains("posts", StringComparison.Ordinal)
            && !w.Contains("entries", StringComparison.Ordinal));
    }

    private static bool InsideArticle(HtmlNode node)
    {
        var n = 0;
        for (var a = node.ParentNode; a is not null && a.NodeType == HtmlNodeType.Element && n < MaxAncestors; a = a.ParentNode, n++)
        {
            if (a.Name == "article")
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether an element classed as a newsletter is a box to sign up in (it holds a form, a text field or a button),
    /// not an issue of the newsletter the page is ("newsletter-details" around its date).
    /// </summary>
    private static bool IsSignUpBox(HtmlNode node) =>
        node.Descendants().Any(d => d.Name is "form" or "input" or "button" or "iframe");

    /// <summary>Whether a class or id names a sidebar widget: a word that is "widget" or starts with it ("widget-area", "widgets").</summary>
    private static bool IsWidget(string hints)
    {
        foreach (var word in hints.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.StartsWith("widget", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The elements that hold the page's headline: the ancestors of the <c>&lt;h1&gt;</c> that reads as
    /// <paramref name="title"/>, else of the first one with text outside
    /// <c>&lt;nav&gt;</c>, <c>&lt;aside&gt;</c> and <c>&lt;footer&gt;</c> (the layout wrappers of
    /// the article, whatever their classes say); empty when there is none.
    /// </summary>
    public static HashSet<HtmlNode> HeadingAncestors(IEnumerable<HtmlNode> headings, string? title = null)
    {
        var ancestors = new HashSet<HtmlNode>();
        var heading = (title is null ? null : headings.FirstOrDefault(h => string.Equals(TextNormalizer.Clean(h.InnerText), title, StringComparison.OrdinalIgnoreCase)))
            ?? headings.FirstOrDefault(h => h.InnerText.Trim().Length > 0
            && !h.Ancestors().Take(MaxAncestors).Any(a => a.Name is "nav" or "aside" or "footer"));
        for (var a = heading?.ParentNode; a is not null && a.NodeType == HtmlNodeType.Element; a = a.ParentNode)
            ancestors.Add(a);
        return ancestors;
    }
}
