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
        "share", "sharing", "sharebar", "social", "socials", "sociallinks", "follow", "facebook", "twitter", "whatsapp",
        "related", "recommended", "recommendation", "recommendations", "recirc", "recirculation", "trending",
        "popular", "mostread", "mostpopular", "more", "readmore", "readnext", "next", "prev", "previous",
        "pagination", "pager", "breadcrumb", "breadcrumbs", "crumbs",
        "nav", "navbar", "navigation", "menu", "submenu", "megamenu", "masthead", "topbar", "toolbar",
        "footer", "foot", "colophon", "copyright", "legal",
        "sidebar", "side", "aside", "rail", "widget", "widgets", "skyscraper",
        "newsletter", "subscribe", "subscription", "signup", "sign", "login", "paywall", "register", "cta",
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

    /// <summary>True when the class or id carries furniture words and no content words.</summary>
    public static bool LooksLikeFurniture(HtmlNode node)
    {
        var (neg, pos) = Count(node.GetAttributeValue("class", null));
        var (negId, posId) = Count(node.GetAttributeValue("id", null));
        neg += negId;
        pos += posId;
        return neg > 0 && pos == 0;
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
        var (neg, pos) = Count(value);
        return (pos > 0 ? 1 : 0) - (neg > 0 ? 1 : 0);
    }

    /// <summary>Counts furniture and content words in a class or id value.</summary>
    public static (int Negative, int Positive) Count(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return (0, 0);
        int neg = 0, pos = 0;
        var span = value.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var boundary = i == span.Length || !char.IsLetter(span[i])
                || (i > start + 1 && start >= 0 && char.IsUpper(span[i]) && char.IsLower(span[i - 1]));
            if (boundary && start >= 0)
            {
                var word = value.Substring(start, i - start);
                if (NegativeWords.Contains(word))
                    neg++;
                else if (PositiveWords.Contains(word))
                    pos++;
                start = -1;
            }
            if (i < span.Length && char.IsLetter(span[i]) && start < 0)
                start = i;
        }
        return (neg, pos);
    }
}
