using System.Buffers;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html.PageKinds;

/// <summary>
/// The features of a whole page the page-kind classifier (<see cref="PageKindModel"/>) scores, by index: what the page
/// declares itself (OpenGraph type, schema.org types in its JSON-LD), whether it has a publication date and an
/// author, the shape of its address (depth, a date, a long slug), the rule extractor's body (words, paragraphs, how
/// many end like sentences, its share of the page) and the layout of the whole page (share of words inside links,
/// linked headings as teasers, list items, forms, prices, <c>&lt;article&gt;</c> and <c>&lt;time&gt;</c> counts).
/// </summary>
public static partial class PageKindFeatures
{
    public static readonly string[] Names =
    [
        "declaredArticle", "ogArticle", "ogWebsite", "ogProduct", "ogMissing", "ldArticle", "ldProduct", "ldList",
        "ldForum", "ldWebPage", "ldFaqOrHowTo", "hasDate", "hasAuthor", "urlDepth", "urlHasDate", "urlSlugWords",
        "urlSlugHasNumber", "urlTrailingSlash", "urlHasQuery", "titleWords", "bodyWords", "bodyParagraphs",
        "bodyMeanParagraphWords", "bodySentenceEndShare", "bodyShareOfPage", "pageWords", "linkWordShare", "links",
        "headings", "linkedHeadings", "linkedHeadingShare", "articleElements", "timeElements", "listItemsPerHundredWords",
        "formControls", "priceMentions", "images", "tables", "paragraphElements", "itemPropPrice",
        "repeatedSiblings", "repeatedSiblingWords", "classPost", "classComment", "classUser", "classThread", "classPrice",
        "classCart", "classProduct", "classTeaser", "classPager", "classArticle",
    ];

    /// <summary>
    /// Words in class and id attributes that name a part of a page (a post, a user, a price, a teaser card…), by
    /// feature: how many elements carry each is a feature, and the trees learn what the counts say.
    /// </summary>
    private static readonly (string Feature, string[] Words)[] ClassHints =
    [
        ("classPost", ["post", "message"]),
        ("classComment", ["comment", "reply"]),
        ("classUser", ["user", "member", "avatar"]),
        ("classThread", ["thread", "topic", "forum"]),
        ("classPrice", ["price"]),
        ("classCart", ["cart", "basket", "checkout"]),
        ("classProduct", ["product", "sku"]),
        ("classTeaser", ["teaser", "card", "tile"]),
        ("classPager", ["pagination", "pager", "paging"]),
        ("classArticle", ["article", "story", "entry-content", "post-content"]),
    ];

    /// <summary>Every word of <see cref="ClassHints"/>: a cheap test before the per-feature ones.</summary>
    private static readonly SearchValues<string> AnyClassHint =
        SearchValues.Create(ClassHints.SelectMany(h => h.Words).ToArray(), StringComparison.OrdinalIgnoreCase);

    public static int Index(string name) => Array.IndexOf(Names, name);

    /// <summary>
    /// The layout features of the page's <c>&lt;body&gt;</c>, read before the rules prune it; <see cref="Complete"/>
    /// adds the rest to the same array.
    /// </summary>
    public static float[] MeasureLayout(HtmlNode body)
    {
        var f = new float[Names.Length];
        AddLayout(f, body);
        return f;
    }

    /// <summary>Adds what the page declares, its address and the rules' body to the layout features <paramref name="f"/>; returns <paramref name="f"/>.</summary>
    public static float[] Complete(float[] f, MetaTags meta, JsonLdArticle? jsonLd, IEnumerable<string> jsonLdBlocks,
        Uri? pageUrl, string? title, string ruleText, bool hasDate, bool hasAuthor)
    {
        var og = meta.Get("og:type")?.Trim().ToLowerInvariant();
        var ldTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in jsonLdBlocks)
            foreach (Match m in JsonLdType().Matches(block))
                ldTypes.Add(m.Groups[1].Value);
        var ldArticle = jsonLd is not null && JsonLdReader.IsArticleType(jsonLd.Type);
        Set(f, "declaredArticle", og == "article" || ldArticle);
        Set(f, "ogArticle", og == "article");
        Set(f, "ogWebsite", og == "website");
        Set(f, "ogProduct", og is not null && (og.Contains("product", StringComparison.Ordinal) || og.Contains("item", StringComparison.Ordinal)));
        Set(f, "ogMissing", og is null);
        Set(f, "ldArticle", ldArticle);
        Set(f, "ldProduct", ldTypes.Contains("Product") || ldTypes.Contains("Offer") || ldTypes.Contains("AggregateOffer"));
        Set(f, "ldList", ldTypes.Contains("ItemList") || ldTypes.Contains("CollectionPage") || ldTypes.Contains("SearchResultsPage"));
        Set(f, "ldForum", ldTypes.Contains("DiscussionForumPosting") || ldTypes.Contains("QAPage") || ldTypes.Contains("Question"));
        Set(f, "ldWebPage", ldTypes.Contains("WebPage") || ldTypes.Contains("AboutPage") || ldTypes.Contains("ContactPage"));
        Set(f, "ldFaqOrHowTo", ldTypes.Contains("FAQPage") || ldTypes.Contains("HowTo"));
        Set(f, "hasDate", hasDate);
        Set(f, "hasAuthor", hasAuthor);
        AddUrl(f, pageUrl);
        f[Index("titleWords")] = title is null ? 0 : CountWords(title);
        AddBody(f, ruleText);
        var pageWords = f[Index("pageWords")];
        f[Index("bodyShareOfPage")] = pageWords == 0 ? 0 : Math.Min(1, f[Index("bodyWords")] / pageWords);
        return f;
    }

    private static void Set(float[] f, string name, bool value) => f[Index(name)] = value ? 1 : 0;

    private static void AddUrl(float[] f, Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
            return;
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        f[Index("urlDepth")] = segments.Length;
        Set(f, "urlHasDate", UrlDate().IsMatch(url.AbsolutePath));
        var slug = segments.Length == 0 ? "" : segments[^1];
        var dot = slug.LastIndexOf('.');
        if (dot > 0)
            slug = slug[..dot];
        f[Index("urlSlugWords")] = slug.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).Length;
        Set(f, "urlSlugHasNumber", slug.Any(char.IsAsciiDigit));
        Set(f, "urlTrailingSlash", url.AbsolutePath.Length > 1 && url.AbsolutePath.EndsWith('/'));
        Set(f, "urlHasQuery", url.Query.Length > 1);
    }

    private static void AddBody(float[] f, string text)
    {
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var words = 0;
        var sentenceEnds = 0;
        foreach (var p in paragraphs)
        {
            words += CountWords(p);
            if (p[^1] is '.' or '!' or '?' or '"' or '”' or '»' or '。')
                sentenceEnds++;
        }
        f[Index("bodyWords")] = words;
        f[Index("bodyParagraphs")] = paragraphs.Length;
        f[Index("bodyMeanParagraphWords")] = paragraphs.Length == 0 ? 0 : words / (float)paragraphs.Length;
        f[Index("bodySentenceEndShare")] = paragraphs.Length == 0 ? 0 : sentenceEnds / (float)paragraphs.Length;
    }

    private static void AddLayout(float[] f, HtmlNode body)
    {
        int words = 0, linkWords = 0, links = 0, headings = 0, linkedHeadings = 0, articles = 0, times = 0, items = 0,
            controls = 0, prices = 0, images = 0, tables = 0, paragraphs = 0, itemPropPrice = 0, repeatCount = 0;
        var classCounts = new int[ClassHints.Length];
        HtmlNode? repeatParent = null;
        (string, string)? repeatSignature = null;
        var siblingKinds = new Dictionary<(string, string), int>();
        var stack = new Stack<(HtmlNode Node, bool InLink)>();
        stack.Push((body, false));
        while (stack.Count > 0)
        {
            var (node, inLink) = stack.Pop();
            if (node.NodeType == HtmlNodeType.Text)
            {
                var text = ((HtmlTextNode)node).Text.AsSpan();
                var n = CountWords(text);
                words += n;
                if (inLink)
                    linkWords += n;
                if (text.IndexOfAny('$', '€', '£') >= 0)
                    foreach (var _ in Price().EnumerateMatches(text))
                        prices++;
                continue;
            }
            if (node.NodeType != HtmlNodeType.Element && node.NodeType != HtmlNodeType.Document)
                continue;
            switch (node.Name)
            {
                case "script" or "style" or "noscript" or "template" or "svg":
                    continue;
                case "a":
                    links++;
                    inLink = true;
                    break;
                case "h2" or "h3" or "h4":
                    headings++;
                    if (node.ParentNode?.Name == "a" || HasLink(node))
                        linkedHeadings++;
                    break;
                case "article":
                    articles++;
                    break;
                case "time":
                    times++;
                    break;
                case "li":
                    items++;
                    break;
                case "input" or "select" or "textarea" or "button":
                    controls++;
                    break;
                case "img":
                    images++;
                    break;
                case "table":
                    tables++;
                    break;
                case "p":
                    paragraphs++;
                    break;
            }
            if (node.HasAttributes)
            {
                string? cls = null, id = null;
                foreach (var attribute in node.Attributes)
                {
                    switch (attribute.Name)
                    {
                        case "class":
                            cls = attribute.Value;
                            break;
                        case "id":
                            id = attribute.Value;
                            break;
                        case "itemprop" when attribute.Value is "price" or "offers" or "priceCurrency":
                            itemPropPrice = 1;
                            break;
                    }
                }
                if ((cls is not null && cls.AsSpan().ContainsAny(AnyClassHint)) || (id is not null && id.AsSpan().ContainsAny(AnyClassHint)))
                    CountClassHints(cls, id, classCounts);
            }
            var children = node.ChildNodes;
            if (children.Count >= 3)
                FindRepeats(node, siblingKinds, ref repeatParent, ref repeatSignature, ref repeatCount);
            for (var i = children.Count - 1; i >= 0; i--)
                stack.Push((children[i], inLink));
        }
        f[Index("pageWords")] = words;
        f[Index("linkWordShare")] = words == 0 ? 0 : linkWords / (float)words;
        f[Index("links")] = links;
        f[Index("headings")] = headings;
        f[Index("linkedHeadings")] = linkedHeadings;
        f[Index("linkedHeadingShare")] = headings == 0 ? 0 : linkedHeadings / (float)headings;
        f[Index("articleElements")] = articles;
        f[Index("timeElements")] = times;
        f[Index("listItemsPerHundredWords")] = words == 0 ? 0 : 100f * items / words;
        f[Index("formControls")] = controls;
        f[Index("priceMentions")] = prices;
        f[Index("images")] = images;
        f[Index("tables")] = tables;
        f[Index("paragraphElements")] = paragraphs;
        f[Index("itemPropPrice")] = itemPropPrice;
        for (var h = 0; h < ClassHints.Length; h++)
            f[Index(ClassHints[h].Feature)] = classCounts[h];
        f[Index("repeatedSiblings")] = repeatCount;
        if (repeatParent is not null)
        {
            var repeated = repeatParent.ChildNodes.Where(c => c.NodeType == HtmlNodeType.Element && Signature(c) == repeatSignature).ToList();
            f[Index("repeatedSiblingWords")] = repeated.Sum(WordsUnder) / (float)repeated.Count;
        }
    }

    /// <summary>
    /// The largest run of sibling elements of one kind (tag and class) under <paramref name="parent"/> so far: teaser
    /// cards, forum posts, product tiles. Paragraphs, line breaks, inline elements and table cells do not count.
    /// </summary>
    private static void FindRepeats(HtmlNode parent, Dictionary<(string, string), int> counts, ref HtmlNode? bestParent,
        ref (string, string)? bestSignature, ref int bestCount)
    {
        counts.Clear();
        foreach (var child in parent.ChildNodes)
        {
            if (child.NodeType != HtmlNodeType.Element || child.Name is "p" or "br" or "span" or "a" or "img" or "option" or "td" or "th" or "tr"
                or "script" or "style" or "b" or "i" or "em" or "strong" or "meta" or "link" or "input" or "source")
                continue;
            var signature = Signature(child);
            var n = counts[signature] = counts.GetValueOrDefault(signature) + 1;
            if (n > bestCount)
                (bestParent, bestSignature, bestCount) = (parent, signature, n);
        }
    }

    private static (string, string) Signature(HtmlNode node) => (node.Name, node.GetAttributeValue("class", ""));

    private static void CountClassHints(string? cls, string? id, int[] counts)
    {
        for (var h = 0; h < ClassHints.Length; h++)
            foreach (var word in ClassHints[h].Words)
                if ((cls?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false) || (id?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false))
                {
                    counts[h]++;
                    break;
                }
    }

    /// <summary>Whether a link sits inside <paramref name="heading"/>.</summary>
    private static bool HasLink(HtmlNode heading)
    {
        var stack = new Stack<HtmlNode>();
        stack.Push(heading);
        while (stack.Count > 0)
            foreach (var child in stack.Pop().ChildNodes)
            {
                if (child.NodeType != HtmlNodeType.Element)
                    continue;
                if (child.Name == "a")
                    return true;
                stack.Push(child);
            }
        return false;
    }

    /// <summary>The words of the text under <paramref name="element"/>, scripts and styles left out.</summary>
    private static int WordsUnder(HtmlNode element)
    {
        var words = 0;
        foreach (var node in ReadableTextNodes.Under(element))
            words += CountWords(((HtmlTextNode)node).Text.AsSpan());
        return words;
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }
        return count;
    }

    [GeneratedRegex("\"@type\"\\s*:\\s*\\[?\\s*\"(?:https?://schema\\.org/)?([A-Za-z]+)\"")]
    private static partial Regex JsonLdType();

    [GeneratedRegex(@"/(?:19|20)\d\d[/-](?:0?[1-9]|1[0-2])(?:[/-]|$)|/(?:19|20)\d\d(?:0[1-9]|1[0-2])[0-3]\d(?:/|$)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"[$€£]\s?\d|\d\s?[$€£]")]
    private static partial Regex Price();
}
