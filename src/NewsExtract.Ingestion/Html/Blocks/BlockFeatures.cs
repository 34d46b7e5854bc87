using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html.Blocks;

/// <summary>
/// The numbers the block classifier judges a <see cref="TextBlock"/> by, in the order of <see cref="Names"/>: whether
/// the rule extractor kept the line, the line's own text (length, link density, punctuation, digits, capitals),
/// where it sits (depth, position on the page, tag, enclosing nav/footer/aside/list/table/article…), class and id
/// keywords of its ancestors, how often its item markup repeats (listing cards, forum posts), its neighbours, and
/// the page as a whole.
/// </summary>
public static class BlockFeatures
{
    /// <summary>Words looked for in class and id values (a word matches itself and, from four letters, longer words it starts).</summary>
    public static readonly string[] ClassKeywords =
    [
        "comment", "reply", "nav", "menu", "footer", "header", "sidebar", "widget", "related", "share", "social",
        "breadcrumb", "cookie", "banner", "ad", "ads", "promo", "subscribe", "newsletter", "login", "search", "modal",
        "popup", "hidden", "tag", "category", "author", "date", "meta", "title", "content", "article", "post", "entry",
        "body", "text", "main", "story", "blog", "product", "description", "detail", "review", "price", "forum",
        "thread", "message", "topic", "list", "item", "card", "grid", "answer", "question", "doc", "markdown", "prose",
        "toc", "pagination", "caption", "copyright", "user",
    ];

    private static readonly string[] Tags = ["p", "div", "li", "td", "heading", "pre", "blockquote", "dd", "span", "figcaption", "section", "other"];

    private static readonly BlockContext[] Contexts = Enum.GetValues<BlockContext>().Where(c => c != BlockContext.None).ToArray();

    /// <summary>Feature names, in vector order.</summary>
    public static readonly string[] Names = BuildNames();

    private static string[] BuildNames()
    {
        var names = new List<string>
        {
            "inRuleText", "logChars", "logWords", "linkDensity", "commasPerWord", "stopsPerWord", "digitShare",
            "capitalShare", "endsSentence", "meanWordLength", "isTitle", "depth", "relativeDepth", "position",
            "charPosition", "classWeight", "logItemRepeats", "itemRuleShare",
            "prevInRule", "nextInRule", "prevLinkDensity", "nextLinkDensity", "prevLogChars", "nextLogChars",
            "windowInRule", "pageLogBlocks", "pageLogChars", "pageLinkDensity", "ruleShareOfPage", "pageHasArticleJsonLd",
            "pageDeclaredArticle", "insideRuleSpan", "logBlocksToRule", "afterTitle", "logBlocksFromTitle", "wideWindowRuleChars",
            "windowLinkDensity", "repeatedText",
        };
        names.AddRange(Tags.Select(t => "tag:" + t));
        names.AddRange(Contexts.Select(c => "in:" + c));
        names.AddRange(ClassKeywords.Select(k => "class:" + k));
        names.AddRange(ClassKeywords.Select(k => "nearClass:" + k));
        return names.ToArray();
    }

    /// <summary>The class/id keyword flags of one element (bit i = <see cref="ClassKeywords"/>[i]).</summary>
    public static ulong KeywordsOf(HtmlNode element)
    {
        var cls = element.GetAttributeValue("class", null);
        var id = element.GetAttributeValue("id", null);
        if (cls is null && id is null)
            return 0;
        ulong flags = 0;
        foreach (var value in (string?[])[cls, id])
        {
            if (string.IsNullOrEmpty(value))
                continue;
            var start = -1;
            for (var i = 0; i <= value.Length; i++)
            {
                var boundary = i == value.Length || !char.IsLetter(value[i]) || (i > 0 && char.IsUpper(value[i]) && char.IsLower(value[i - 1]));
                if (boundary && start >= 0)
                {
                    flags |= Match(value.AsSpan(start, i - start));
                    start = -1;
                }
                if (i < value.Length && char.IsLetter(value[i]) && start < 0)
                    start = i;
            }
        }
        return flags;
    }

    private static readonly Dictionary<string, int> KeywordIndex = ClassKeywords.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup = KeywordIndex.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestKeyword = ClassKeywords.Max(k => k.Length);

    /// <summary>The keywords a class word matches: itself, and each keyword of four letters or more it starts with.</summary>
    private static ulong Match(ReadOnlySpan<char> word)
    {
        ulong flags = 0;
        if (KeywordLookup.TryGetValue(word, out var exact))
            flags |= 1UL << exact;
        for (var length = 4; length < word.Length && length <= LongestKeyword; length++)
        {
            if (KeywordLookup.TryGetValue(word[..length], out var prefix))
                flags |= 1UL << prefix;
        }
        return flags;
    }

    /// <summary>The feature vector of every block of a page.</summary>
    /// <param name="blocks">The page's blocks in document order.</param>
    /// <param name="inRuleText">Per block: whether the rule extractor's text has this line.</param>
    /// <param name="title">The page's title (a block equal to it is flagged).</param>
    /// <param name="hasArticleJsonLd">Whether the page has schema.org JSON-LD.</param>
    /// <param name="declaredArticle">Whether the page declares itself an article (og:type or a schema.org article type).</param>
    public static float[][] Compute(IReadOnlyList<TextBlock> blocks, IReadOnlyList<bool> inRuleText, string? title, bool hasArticleJsonLd, bool declaredArticle)
    {
        var n = blocks.Count;
        var vectors = new float[n][];
        if (n == 0)
            return vectors;
        var words = new int[n];
        long totalChars = 0, totalLink = 0, ruleChars = 0;
        var maxDepth = 1;
        var itemCounts = new Dictionary<int, int>();
        var itemRule = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            var b = blocks[i];
            words[i] = CountWords(b.Text);
            totalChars += b.Chars;
            totalLink += b.LinkChars;
            if (inRuleText[i])
                ruleChars += b.Chars;
            maxDepth = Math.Max(maxDepth, b.Depth);
            itemCounts[b.ItemKey] = itemCounts.GetValueOrDefault(b.ItemKey) + 1;
            if (inRuleText[i])
                itemRule[b.ItemKey] = itemRule.GetValueOrDefault(b.ItemKey) + 1;
        }
        var normalizedTitle = title is null ? null : TextNormalizer.Clean(title);
        var isTitle = new bool[n];
        var firstTitle = -1;
        for (var i = 0; i < n; i++)
        {
            isTitle[i] = normalizedTitle is not null && string.Equals(blocks[i].Text, normalizedTitle, StringComparison.OrdinalIgnoreCase);
            if (isTitle[i] && firstTitle < 0)
                firstTitle = i;
        }
        var toRule = BlocksToNearestRuleBlock(inRuleText);
        int firstRule = -1, lastRule = -1;
        for (var i = 0; i < n; i++)
        {
            if (!inRuleText[i])
                continue;
            if (firstRule < 0)
                firstRule = i;
            lastRule = i;
        }
        var textCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in blocks)
            textCounts[b.Text] = textCounts.GetValueOrDefault(b.Text) + 1;
        // prefix sums of characters, rule characters and link characters, for windows around a block
        var prefixChars = new long[n + 1];
        var prefixRule = new long[n + 1];
        var prefixLink = new long[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefixChars[i + 1] = prefixChars[i] + blocks[i].Chars;
            prefixRule[i + 1] = prefixRule[i] + (inRuleText[i] ? blocks[i].Chars : 0);
            prefixLink[i + 1] = prefixLink[i] + blocks[i].LinkChars;
        }
        long charsBefore = 0;
        for (var i = 0; i < n; i++)
        {
            var b = blocks[i];
            var v = new float[Names.Length];
            var k = 0;
            var w = Math.Max(1, words[i]);
            v[k++] = inRuleText[i] ? 1 : 0;
            v[k++] = (float)Math.Log(1 + b.Chars);
            v[k++] = (float)Math.Log(1 + words[i]);
            v[k++] = LinkDensity(b);
            var (commas, stops, digits, capitals) = Punctuation(b.Text);
            v[k++] = (float)commas / w;
            v[k++] = (float)stops / w;
            v[k++] = b.Chars == 0 ? 0 : (float)digits / b.Chars;
            v[k++] = (float)capitals / w;
            v[k++] = EndsSentence(b.Text) ? 1 : 0;
            v[k++] = (float)b.Chars / w;
            v[k++] = isTitle[i] ? 1 : 0;
            v[k++] = b.Depth;
            v[k++] = (float)b.Depth / maxDepth;
            v[k++] = n == 1 ? 0 : (float)i / (n - 1);
            v[k++] = totalChars == 0 ? 0 : (float)charsBefore / totalChars;
            v[k++] = ClassWeight(b);
            var repeats = itemCounts[b.ItemKey];
            v[k++] = (float)Math.Log(repeats);
            v[k++] = (float)itemRule.GetValueOrDefault(b.ItemKey) / repeats;
            v[k++] = i > 0 && inRuleText[i - 1] ? 1 : 0;
            v[k++] = i + 1 < n && inRuleText[i + 1] ? 1 : 0;
            v[k++] = i > 0 ? LinkDensity(blocks[i - 1]) : 1;
            v[k++] = i + 1 < n ? LinkDensity(blocks[i + 1]) : 1;
            v[k++] = i > 0 ? (float)Math.Log(1 + blocks[i - 1].Chars) : 0;
            v[k++] = i + 1 < n ? (float)Math.Log(1 + blocks[i + 1].Chars) : 0;
            var window = 0;
            var inWindow = 0;
            for (var j = Math.Max(0, i - 3); j <= Math.Min(n - 1, i + 3); j++)
            {
                window++;
                if (inRuleText[j])
                    inWindow++;
            }
            v[k++] = (float)inWindow / window;
            v[k++] = (float)Math.Log(n);
            v[k++] = (float)Math.Log(1 + totalChars);
            v[k++] = totalChars == 0 ? 0 : (float)totalLink / totalChars;
            v[k++] = totalChars == 0 ? 0 : (float)ruleChars / totalChars;
            v[k++] = hasArticleJsonLd ? 1 : 0;
            v[k++] = declaredArticle ? 1 : 0;
            v[k++] = firstRule >= 0 && i >= firstRule && i <= lastRule ? 1 : 0;
            v[k++] = (float)Math.Log(1 + toRule[i]);
            v[k++] = firstTitle >= 0 && i > firstTitle ? 1 : 0;
            v[k++] = firstTitle < 0 ? -1 : (float)Math.Log(1 + Math.Abs(i - firstTitle));
            v[k++] = WindowShare(prefixRule, prefixChars, i, 10);
            v[k++] = WindowShare(prefixLink, prefixChars, i, 3);
            v[k++] = textCounts[b.Text] > 1 ? 1 : 0;
            var tag = TagCategory(b.Tag);
            for (var t = 0; t < Tags.Length; t++)
                v[k++] = Tags[t] == tag ? 1 : 0;
            foreach (var c in Contexts)
                v[k++] = (b.Context & c) != 0 ? 1 : 0;
            for (var c = 0; c < ClassKeywords.Length; c++)
                v[k++] = (b.ClassKeywords >> c & 1) != 0 ? 1 : 0;
            for (var c = 0; c < ClassKeywords.Length; c++)
                v[k++] = (b.NearClassKeywords >> c & 1) != 0 ? 1 : 0;
            vectors[i] = v;
            charsBefore += b.Chars;
        }
        return vectors;
    }

    /// <summary>Share of the characters of the blocks within <paramref name="radius"/> of block i that the part sums count.</summary>
    private static float WindowShare(long[] prefixPart, long[] prefixChars, int i, int radius)
    {
        var from = Math.Max(0, i - radius);
        var to = Math.Min(prefixChars.Length - 1, i + radius + 1);
        var chars = prefixChars[to] - prefixChars[from];
        return chars == 0 ? 0 : (float)(prefixPart[to] - prefixPart[from]) / chars;
    }

    /// <summary>Per block, how many blocks away the nearest block the rules kept is (0 for a kept block; the page's length when none is).</summary>
    private static int[] BlocksToNearestRuleBlock(IReadOnlyList<bool> inRuleText)
    {
        var n = inRuleText.Count;
        var distance = new int[n];
        var last = -1;
        for (var i = 0; i < n; i++)
        {
            if (inRuleText[i])
                last = i;
            distance[i] = last < 0 ? n : i - last;
        }
        last = -1;
        for (var i = n - 1; i >= 0; i--)
        {
            if (inRuleText[i])
                last = i;
            if (last >= 0)
                distance[i] = Math.Min(distance[i], last - i);
        }
        return distance;
    }

    private static float LinkDensity(TextBlock b) => b.Chars == 0 ? 0 : (float)b.LinkChars / b.Chars;

    private static float ClassWeight(TextBlock b)
    {
        // content-like keywords minus furniture-like ones, over the block's ancestors
        var positive = Count(b.ClassKeywords, "content", "article", "post", "entry", "body", "text", "main", "story", "blog", "prose", "markdown", "description");
        var negative = Count(b.ClassKeywords, "comment", "nav", "menu", "footer", "header", "sidebar", "widget", "related", "share", "social", "breadcrumb", "cookie", "banner", "ad", "ads", "promo", "subscribe", "newsletter", "login", "search", "modal", "popup", "hidden");
        return positive - negative;
    }

    private static int Count(ulong flags, params ReadOnlySpan<string> keywords)
    {
        var count = 0;
        foreach (var keyword in keywords)
        {
            var index = Array.IndexOf(ClassKeywords, keyword);
            if (index >= 0 && (flags >> index & 1) != 0)
                count++;
        }
        return count;
    }

    private static string TagCategory(string tag) => tag switch
    {
        "p" or "div" or "li" or "td" or "pre" or "blockquote" or "dd" or "figcaption" or "section" => tag,
        "th" => "td",
        "dt" => "dd",
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => "heading",
        "article" or "main" => "section",
        "span" or "body" => "span",
        _ => "other",
    };

    private static int CountWords(string text)
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

    private static (int Commas, int Stops, int Digits, int Capitals) Punctuation(string text)
    {
        int commas = 0, stops = 0, digits = 0, capitals = 0;
        var previousLetter = false;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '、' or '،')
                commas++;
            else if (c is '.' or '!' or '?' or '。' or ';')
                stops++;
            else if (char.IsDigit(c))
                digits++;
            if (char.IsUpper(c) && !previousLetter)
                capitals++;
            previousLetter = char.IsLetter(c);
        }
        return (commas, stops, digits, capitals);
    }

    private static bool EndsSentence(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '»' or '。' or ':' or ')';
}
