using HtmlAgilityPack;
using NewsExtract.Ingestion.Html.Benchmark;

namespace NewsExtract.Ingestion.Html.Titles;

/// <summary>
/// Gathers the possible headlines of a page with their <see cref="TitleFeatures"/>: the <c>&lt;h1&gt;</c> headings,
/// the OpenGraph and Twitter titles, the JSON-LD headline, the document <c>&lt;title&gt;</c> whole and cut at its
/// separators ("Headline | Site"), the OpenGraph title cut likewise, and the first <c>&lt;h2&gt;</c>. The same text
/// (after whitespace and case normalisation) from several places is one candidate that knows all its places.
/// </summary>
public static class TitleCandidates
{
    private static readonly string[] Separators = [" | ", " || ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " • ", " / ", " > ", " ~ "];

    /// <summary>Most words a label before a colon at the start of a heading may have ("Collection: …", "Blog: …").</summary>
    private const int MaxLabelWords = 2;

    private const int MaxHeadings = 6;
    private const int MaxChars = 400;

    public static List<TitleCandidate> Collect(PageScan scan, MetaTags meta, JsonLdArticle? jsonLd, Uri? pageUrl, bool declaredArticle)
    {
        var docTitle = Clean(scan.Title?.InnerText);
        var og = Clean(meta.Get("og:title"));
        var twitter = Clean(meta.Get("twitter:title"));
        var headline = Clean(jsonLd?.Headline);
        var site = new SiteName(meta.Get("og:site_name", "application-name"), pageUrl);
        var h1s = new List<(string Text, HtmlNode Node)>();
        foreach (var node in scan.Headings1)
        {
            var text = HeadingText(node);
            if (text.Length >= 3)
                h1s.Add((text, node));
            if (h1s.Count >= MaxHeadings)
                break;
        }
        var h2 = scan.FirstHeading2 is { } h2Node ? HeadingText(h2Node) : "";

        var docWords = Words(docTitle);
        var ogWords = Words(og);
        var h1Words = Words(h1s.Count > 0 ? h1s[0].Text : "");
        var headlineWords = Words(headline);
        var page = new float[TitleFeatures.Names.Length];
        page[F("h1Count")] = h1s.Count;
        page[F("declaredArticle")] = declaredArticle ? 1 : 0;
        page[F("pageHasOgTitle")] = og.Length > 0 ? 1 : 0;
        page[F("pageHasJsonLdHeadline")] = headline.Length > 0 ? 1 : 0;
        page[F("pageHasDocTitle")] = docTitle.Length > 0 ? 1 : 0;
        page[F("docTitleHasSeparator")] = HasSeparator(docTitle) ? 1 : 0;

        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new List<(string Text, string Source, float[] Features)>();
        float[]? Add(string text, string source)
        {
            if (text.Length is < 2 or > MaxChars)
                return null;
            var key = MetadataMatching.NormalizeTitle(text);
            if (byKey.TryGetValue(key, out var i))
                return candidates[i].Features;
            var f = (float[])page.Clone();
            f[F("h1Index")] = -1;
            f[F("partIndex")] = -1;
            f[F("partFromEnd")] = -1;
            byKey[key] = candidates.Count;
            candidates.Add((text, source, f));
            return f;
        }

        for (var i = 0; i < h1s.Count; i++)
        {
            var (text, node) = h1s[i];
            var f = Add(text, "h1");
            if (f is null)
                continue;
            f[F(i == 0 ? "fromH1First" : "fromH1Other")] = 1;
            if (f[F("h1Index")] < 0)
            {
                f[F("h1Index")] = i;
                DescribeHeading(f, node);
                f[F("h1AgreesWithMeta")] = Agrees(text, og) || Agrees(text, headline) || Agrees(text, docTitle) ? 1 : 0;
            }
        }
        Mark(Add(og, "meta:og:title"), "fromOgTitle");
        Mark(Add(twitter, "meta:twitter:title"), "fromTwitterTitle");
        Mark(Add(headline, "json-ld:headline"), "fromJsonLdHeadline");
        Mark(Add(docTitle, "title"), "fromDocTitle");
        AddParts(docTitle, "title:part", "fromDocTitlePart");
        AddParts(og, "meta:og:title:part", "fromOgTitlePart");
        Mark(Add(site.Strip(docTitle) ?? "", "title:without-site"), "fromTitleWithoutSite");
        Mark(Add(site.Strip(og) ?? "", "meta:og:title:without-site"), "fromTitleWithoutSite");
        if (h1s.Count > 0)
        {
            AddParts(h1s[0].Text, "h1:part", "fromH1Part");
            Mark(Add(WithoutLabel(h1s[0].Text) ?? "", "h1:without-label"), "fromH1WithoutLabel");
        }
        if (h2.Length >= 3 && scan.FirstHeading2 is { } first2)
        {
            var f = Add(h2, "h2");
            if (f is not null)
            {
                f[F("fromH2First")] = 1;
                if (f[F("h1Index")] < 0)
                    DescribeHeading(f, first2);
            }
        }

        var twitterWords = Words(twitter);
        var allWords = candidates.Select(c => Words(c.Text)).ToList();
        var folded = candidates.Select(c => TypographicFold(c.Text)).ToList();
        var longestChars = candidates.Count == 0 ? 1 : candidates.Max(c => c.Text.Length);
        var h1Chars = h1s.Count > 0 ? h1s[0].Text.Length : 0;
        var result = new List<TitleCandidate>(candidates.Count);
        for (var ci = 0; ci < candidates.Count; ci++)
        {
            var (text, source, f) = candidates[ci];
            var words = allWords[ci];
            for (var other = 0; other < candidates.Count; other++)
            {
                if (other == ci)
                    continue;
                var otherText = candidates[other].Text;
                if (otherText.Contains(text, StringComparison.OrdinalIgnoreCase))
                    f[F("containedInOthers")]++;
                if (text.Contains(otherText, StringComparison.OrdinalIgnoreCase))
                    f[F("containsOthers")]++;
                f[F("maxOverlapOther")] = Math.Max(f[F("maxOverlapOther")], Overlap(words, allWords[other]));
                if (folded[other] == folded[ci])
                    f[F("typographicTwin")] = 1;
            }
            f[F("overlapTwitterTitle")] = Overlap(words, twitterWords);
            f[F("charsToLongest")] = (float)text.Length / longestChars;
            f[F("charsToH1First")] = h1Chars == 0 ? 0 : (float)text.Length / h1Chars;
            f[F("hasTypographicPunctuation")] = folded[ci] != MetadataMatching.NormalizeTitle(text) ? 1 : 0;
            f[F("chars")] = text.Length;
            f[F("words")] = words.Count;
            f[F("sourceCount")] = Sources.Sum(s => f[F(s)] > 0 ? 1 : 0);
            f[F("inDocTitle")] = docTitle.Contains(text, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            f[F("inOgTitle")] = og.Contains(text, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            f[F("overlapDocTitle")] = Overlap(words, docWords);
            f[F("overlapOgTitle")] = Overlap(words, ogWords);
            f[F("overlapH1First")] = Overlap(words, h1Words);
            f[F("overlapJsonLdHeadline")] = Overlap(words, headlineWords);
            f[F("looksLikeSiteName")] = site.Likeness(text);
            f[F("upperShare")] = UpperShare(text);
            f[F("hasSeparator")] = HasSeparator(text) ? 1 : 0;
            f[F("hasYear")] = HasYear(text) ? 1 : 0;
            f[F("extendsH1First")] = h1Chars > 0 && text.Length > h1Chars && text.Contains(h1s[0].Text, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            f[F("insideH1First")] = h1Chars > 0 && text.Length < h1Chars && h1s[0].Text.Contains(text, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            result.Add(new TitleCandidate(text, source, f));
        }
        return result;

        void AddParts(string title, string source, string flag)
        {
            var parts = SplitParts(title);
            if (parts is null)
                return;
            var longest = parts.Select(p => p.Length).Max();
            for (var i = 0; i < parts.Length && i < 5; i++)
            {
                var f = Add(parts[i], source);
                if (f is null)
                    continue;
                f[F(flag)] = 1;
                if (f[F("partIndex")] < 0)
                {
                    f[F("partIndex")] = i;
                    f[F("partFromEnd")] = parts.Length - 1 - i;
                    f[F("partCount")] = parts.Length;
                    f[F("partIsLongest")] = parts[i].Length == longest ? 1 : 0;
                    f[F("otherPartsLookLikeSite")] = parts.Where((_, j) => j != i).Select(site.Likeness).DefaultIfEmpty(0).Max();
                }
            }
        }
    }

    private static readonly string[] Sources =
        ["fromH1First", "fromH1Other", "fromOgTitle", "fromTwitterTitle", "fromJsonLdHeadline", "fromDocTitle", "fromDocTitlePart", "fromOgTitlePart", "fromH1Part", "fromH2First",
         "fromTitleWithoutSite", "fromH1WithoutLabel"];

    private static int F(string name) => TitleFeatures.Index(name);

    private static void Mark(float[]? features, string flag)
    {
        if (features is not null)
            features[F(flag)] = 1;
    }

    private static string Clean(string? text) => TitleText.Clean(text);

    /// <summary>A heading's text without the permalink mark documentation pages append to it ("Install¶", "Usage #").</summary>
    private static string HeadingText(HtmlNode node)
    {
        bool walk = node.Descendants().Any(d => IsBreak(d) || d.Name == "time");
        var text = Clean(walk ? WalkedText(node) : node.InnerText);
        return text.TrimEnd('¶', '§', '#', '\uF0C1').TrimEnd();
    }

    private static bool IsBreak(HtmlNode node) => node.Name is "br" or "div" or "p";

    /// <summary>
    /// The heading's text with a space where a line break or a block inside it parts two lines ("Legacy&lt;br&gt;of" is
    /// "Legacy of"), and without a date printed inside it in a <c>&lt;time&gt;</c> element (a blog heading "Dec 18 2025
    /// Moving house" is titled "Moving house").
    /// </summary>
    private static string WalkedText(HtmlNode node)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var d in node.Descendants())
        {
            if (d.NodeType == HtmlNodeType.Text)
            {
                if (!InsideTime(d, node)) builder.Append(d.InnerText);
            }
            else if (IsBreak(d))
                builder.Append(' ');
        }
        return builder.ToString();
    }

    private static bool InsideTime(HtmlNode text, HtmlNode heading)
    {
        for (var p = text.ParentNode; p is not null && p != heading; p = p.ParentNode)
            if (p.Name == "time") return true;
        return false;
    }

    /// <summary>The parts of a title cut at its first separator that gives two or more parts (the "head" before a last part as one more, when there are three or more); null when it has none.</summary>
    private static string[]? SplitParts(string title)
    {
        foreach (var separator in Separators)
        {
            if (!title.Contains(separator, StringComparison.Ordinal))
                continue;
            var parts = title.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length < 2)
                continue;
            if (parts.Length >= 3)
                return [.. parts, string.Join(separator, parts[..^1])];
            return parts;
        }
        return null;
    }

    /// <summary>
    /// The heading without a short label and colon before it ("Collection: Summer hats" → "Summer hats"); null when
    /// it has no such label or less than two words would be left.
    /// </summary>
    private static string? WithoutLabel(string heading)
    {
        var colon = heading.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0)
            return null;
        var label = heading[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = heading[(colon + 2)..].Trim();
        if (label.Length > MaxLabelWords || rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2)
            return null;
        return rest;
    }

    /// <summary>Whether the text holds a year from 1900 to 2099 as a word of its own.</summary>
    private static bool HasYear(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0'))
                && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsLetterOrDigit(text[i + 4])))
                return true;
        }
        return false;
    }

    private static bool HasSeparator(string text)
    {
        foreach (var separator in Separators)
        {
            if (text.Contains(separator, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static bool Agrees(string h1, string other) =>
        other.Length > 0 && (other.Contains(h1, StringComparison.OrdinalIgnoreCase) || h1.Contains(other, StringComparison.OrdinalIgnoreCase));

    /// <summary>The text after whitespace and case normalisation with typographic quotes, dashes and ellipses made plain.</summary>
    private static string TypographicFold(string text)
    {
        var normalized = MetadataMatching.NormalizeTitle(text);
        var builder = new System.Text.StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ => c,
            });
        }
        return builder.ToString().Replace("\u2026", "...", StringComparison.Ordinal);
    }

    /// <summary>
    /// Where a heading sits: among other stories or in the footer, in the page header, inside a link, under a logo or
    /// brand class, inside an <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c>; whether a line break or block splits it.
    /// </summary>
    private static void DescribeHeading(float[] f, HtmlNode node)
    {
        f[F("headingElsewhere")] = PageRegion.IsElsewhere(node) ? 1 : 0;
        f[F("headingHasBreak")] = node.Descendants().Any(IsBreak) ? 1 : 0;
        var depth = 0;
        for (var a = node.ParentNode; a is not null && a.NodeType == HtmlNodeType.Element && depth < 12; a = a.ParentNode, depth++)
        {
            if (a.Name == "a" && depth < 3)
                f[F("headingInLink")] = 1;
            if (a.Name == "header")
                f[F("headingInHeader")] = 1;
            if (a.Name == "article")
                f[F("headingInArticle")] = 1;
            if (a.Name == "main" || a.GetAttributeValue("role", "") == "main")
                f[F("headingInMain")] = 1;
            if (a.Attributes.Count == 0)
                continue;
            var hints = (a.GetAttributeValue("class", "") + " " + a.GetAttributeValue("id", "")).ToLowerInvariant();
            if (hints.Contains("masthead", StringComparison.Ordinal) || hints.Contains("site-header", StringComparison.Ordinal))
                f[F("headingInHeader")] = 1;
            if (hints.Contains("logo", StringComparison.Ordinal) || hints.Contains("brand", StringComparison.Ordinal)
                || hints.Contains("site-title", StringComparison.Ordinal) || hints.Contains("site-name", StringComparison.Ordinal))
                f[F("headingLogoHint")] = 1;
        }
        if (node.ChildNodes.Count == 1 && node.FirstChild?.Name == "a")
            f[F("headingInLink")] = 1;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    /// <summary>Jaccard overlap of two word sets; 0 when either is empty.</summary>
    private static float Overlap(List<string> a, List<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var setA = new HashSet<string>(a, StringComparer.Ordinal);
        var setB = new HashSet<string>(b, StringComparer.Ordinal);
        var common = setA.Count(setB.Contains);
        return (float)common / (setA.Count + setB.Count - common);
    }

    private static float UpperShare(string text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            letters++;
            if (char.IsUpper(c))
                upper++;
        }
        return letters == 0 ? 0 : (float)upper / letters;
    }
}
