using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Judges elements by their tag, role, class and id: what looks like page furniture (menus, share bars, related
/// links, comments, ads, cookie banners, footers) and what looks like article content. Class and id values are cut
/// into words at non-letters and camel-case humps, so "article-share__bar" and "shareBar" both say "share".
/// </summary>
public static class BoilerplateClassifier
{
    private static readonly HashSet<string> NegativeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "adv", "advert", "advertisement", "advertising", "adsense", "adslot", "adunit", "dfp", "gpt",
        "banner", "billboard", "sponsor", "sponsored", "promo", "promotion", "promoted", "outbrain", "taboola",
        "comment", "comments", "commenting", "disqus", "discussion", "replies", "reply", "respond",
        "share", "sharing", "sharebar", "social", "socials", "sociallinks", "follow",
        "related", "recommended", "recommendation", "recommendations", "recirc", "recirculation", "trending",
        "popular", "mostread", "mostpopular", "more", "readmore", "readnext", "next", "prev", "previous",
        "pagination", "pager", "breadcrumb", "breadcrumbs", "crumbs",
        "nav", "navbar", "navigation", "menu", "submenu", "megamenu", "masthead", "topbar", "toolbar",
        "footer", "foot", "colophon", "copyright", "legal",
        "sidebar", "side", "aside", "rail", "widget", "widgets", "skyscraper",
        "newsletter", "subscribe", "subscription", "signup", "sign", "login", "register", "cta",
        "cookie", "cookies", "consent", "gdpr", "privacy", "notice",
        "popup", "modal", "overlay", "lightbox", "dialog",
        "tags", "tag", "tagcloud", "keywords", "topics", "categories",
        "byline", "author", "authors", "bio", "dateline", "timestamp", "meta", "metadata",
        "caption", "credit", "credits", "figcaption",
        "print", "email", "rss", "hidden", "hide", "sr", "visually", "screenreader", "offscreen",
        "jump", "skip", "search", "tools", "utility", "utilities",
    };

    private static readonly HashSet<string> PositiveWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "storybody", "text", "blog",
        "news", "page", "column", "prose", "rte", "richtext", "paragraph", "copy", "detail", "single",
    };

    private static readonly HashSet<string> FurnitureTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "footer", "menu", "dialog",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search",
        "toolbar", "tablist", "alert",
    };

    /// <summary>
    /// A weight for the element from its class and id: positive words count +1 each, negative words −1 each
    /// (the two attributes are judged separately and added).
    /// </summary>
    public static int ClassWeight(HtmlNode node)
    {
        var weight = 0;
        weight += WordWeight(node.GetAttributeValue("class", null));
        weight += WordWeight(node.GetAttributeValue("id", null));
        return weight;
    }

    /// <summary>True when the element's tag or role marks it as page furniture (nav, aside, footer, menus, dialogs).</summary>
    public static bool IsFurnitureByTagOrRole(HtmlNode node)
    {
        if (FurnitureTags.Contains(node.Name))
            return true;
        var role = node.GetAttributeValue("role", null);
        return role is not null && FurnitureRoles.Contains(role.Trim());
    }

    /// <summary>
    /// True when the class or id carries a furniture word and no strong content phrase (a content word followed by
    /// "content", "body" or "text", as in "post-content" or "articleBody").
    /// </summary>
    public static bool LooksLikeFurniture(HtmlNode node)
    {
        var cls = Count(node.GetAttributeValue("class", null));
        var id = Count(node.GetAttributeValue("id", null));
        return (cls.Negative > 0 || id.Negative > 0) && cls.Strong == 0 && id.Strong == 0;
    }

    /// <summary>True when the element is hidden from readers (hidden attribute, display:none, aria-hidden).</summary>
    public static bool IsHidden(HtmlNode node)
    {
        if (node.Attributes.Count == 0)
            return false;
        if (node.Attributes["hidden"] is not null)
            return true;
        var style = node.GetAttributeValue("style", null);
        if (style is not null)
        {
            var compact = style.Replace(" ", "", StringComparison.Ordinal);
            if (compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static int WordWeight(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return 0;
        var (neg, pos, _) = Count(value);
        return (pos > 0 ? 1 : 0) - (neg > 0 ? 1 : 0);
    }

    /// <summary>Counts furniture words, content words and strong content phrases in a class or id value.</summary>
    public static (int Negative, int Positive, int Strong) Count(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return (0, 0, 0);
        int neg = 0, pos = 0, strong = 0;
        var previousPositive = false;
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var atEnd = i == value.Length;
            var letter = !atEnd && char.IsLetter(value[i]);
            var hump = letter && start >= 0 && i > start && char.IsUpper(value[i]) && char.IsLower(value[i - 1]);
            if ((!letter || hump) && start >= 0)
            {
                var word = value.AsSpan(start, i - start);
                var lookup = NegativeWords.GetAlternateLookup<ReadOnlySpan<char>>();
                if (lookup.Contains(word))
                {
                    neg++;
                    previousPositive = false;
                }
                else if (PositiveWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                {
                    if (previousPositive && (word.Equals("content", StringComparison.OrdinalIgnoreCase)
                        || word.Equals("body", StringComparison.OrdinalIgnoreCase) || word.Equals("text", StringComparison.OrdinalIgnoreCase)))
                        strong++;
                    pos++;
                    previousPositive = true;
                }
                else
                    previousPositive = false;
                start = -1;
            }
            if (!atEnd && value[i] == ' ')
                previousPositive = false;
            if (letter && start < 0)
                start = i;
        }
        return (neg, pos, strong);
    }
}
