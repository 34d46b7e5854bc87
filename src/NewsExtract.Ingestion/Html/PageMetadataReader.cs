using System.Text.RegularExpressions;
using HtmlAgilityPack;
using NewsExtract.Ingestion.Html.Titles;

namespace NewsExtract.Ingestion.Html;

/// <summary>Reads the title, author, canonical URL and language of a page from its markup and metadata.</summary>
public static partial class PageMetadataReader
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / "];

    /// <summary>
    /// The headline: the XPath override, else the title ranker's best candidate (<see cref="TitleCandidates"/>), else
    /// (no ranker) the page's <c>&lt;h1&gt;</c> when the title metadata agrees with it, else OpenGraph or JSON-LD
    /// headline, else the document title without its site-name part.
    /// </summary>
    public static SourcedValue<string>? Title(HtmlDocument document, PageScan scan, MetaTags meta, JsonLdArticle? jsonLd, HtmlExtractionOptions options,
        Uri? pageUrl = null, bool declaredArticle = false)
    {
        if (options.TitleXPath is not null)
        {
            var pinned = TextNormalizer.Clean(document.DocumentNode.SelectSingleNode(options.TitleXPath)?.InnerText);
            if (pinned.Length > 0)
                return new(pinned, "override");
        }
        if (options.TitleRanker is { } ranker
            && ranker.Best(TitleCandidates.Collect(scan, meta, jsonLd, pageUrl, declaredArticle)) is { } best)
            return new(best.Text, best.Source);
        var docTitle = TextNormalizer.Clean(scan.Title?.InnerText);
        var ogTitle = meta.Get("og:title", "twitter:title");
        var headline = jsonLd?.Headline is null ? null : TextNormalizer.Clean(jsonLd.Headline);
        var h1s = scan.Headings1;
        foreach (var h1 in h1s)
        {
            var text = TextNormalizer.Clean(h1.InnerText);
            if (text.Length < 3)
                continue;
            if (Agrees(text, ogTitle) || Agrees(text, headline) || Agrees(text, docTitle))
                return new(text, "h1");
        }
        if (!string.IsNullOrEmpty(ogTitle))
            return new(StripSiteName(ogTitle), "meta:og:title");
        if (!string.IsNullOrEmpty(headline))
            return new(headline, "json-ld:headline");
        if (docTitle.Length > 0)
            return new(StripSiteName(docTitle), "title");
        var firstH1 = h1s.Count == 0 ? "" : TextNormalizer.Clean(h1s[0].InnerText);
        return firstH1.Length > 0 ? new(firstH1, "h1") : null;
    }

    private static bool Agrees(string h1, string? other) =>
        !string.IsNullOrEmpty(other) && (other.Contains(h1, StringComparison.OrdinalIgnoreCase) || h1.Contains(other, StringComparison.OrdinalIgnoreCase));

    /// <summary>Drops a site-name part ("Headline | Site") from a document title, keeping the longest part.</summary>
    public static string StripSiteName(string title)
    {
        foreach (var separator in TitleSeparators)
        {
            var parts = title.Split(separator);
            if (parts.Length < 2)
                continue;
            var longest = parts.MaxBy(p => p.Length)!.Trim();
            if (longest.Length >= 15 && longest.Length >= title.Length / 2)
                return longest;
        }
        return title.Trim();
    }

    private static readonly string[] AuthorMetaKeys =
    [
        "author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator", "dcterms.creator",
        "citation_author", "dc.contributor",
    ];

    /// <summary>
    /// The authors: JSON-LD people, else author meta tags (not a link, not the site's own name), else a byline
    /// printed on the page (microdata, <c>rel=author</c>, a link to an author page, a byline or author class) outside
    /// comments and lists of other stories, else a short "By …" line beside the headline (<see cref="HeadlineLines"/>),
    /// else a name printed after a byline label that stands alone in its element ("Written by" | "Ann Lee"), else a
    /// Twitter card's "Written by" label and data pair, else JSON-LD
    /// organisations, else a meta tag or byline that gives only the site's own name (<see cref="SiteName"/>). A Twitter handle is never taken: it names an account, seldom the writer.
    /// </summary>
    public static SourcedValue<IReadOnlyList<string>>? Authors(PageScan scan, MetaTags meta, JsonLdArticle? jsonLd, Uri? pageUrl = null)
    {
        if (jsonLd is { Authors.Count: > 0, AuthorsAreOrganizations: false })
            return new(jsonLd.Authors.Select(a => CleanByline(a) ?? a).ToList(), "json-ld:author");
        var siteName = meta.Get("og:site_name", "application-name");
        var site = new SiteName(siteName, pageUrl);
        // The site's own name ("Example News" on example-news.com) is a byline only when nothing names a person.
        SourcedValue<IReadOnlyList<string>>? siteByline = null;
        foreach (var key in AuthorMetaKeys)
        {
            var value = meta.Get(key);
            if (value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.Contains('@'))
                continue;
            var cleaned = CleanByline(value);
            if (cleaned is null)
                continue;
            if (site.Likeness(cleaned) < 0.5f)
                return new([cleaned], "meta:" + key);
            siteByline ??= new([cleaned], "meta:" + key);
        }
        foreach (var node in scan.AuthorItems)
        {
            if (PageRegion.IsElsewhere(node, scan.HeadingAncestors) || InForm(node))
                continue;
            var name = node.GetAttributeValue("itemprop", "") is "author" or "creator"
                ? node.Descendants().FirstOrDefault(d => d.GetAttributeValue("itemprop", "") == "name") ?? node
                : node.Name == "a" ? node
                : node.Descendants("a").FirstOrDefault(a => a.GetAttributeValue("rel", "") == "author" || a.GetAttributeValue("href", "").Contains("/author", StringComparison.OrdinalIgnoreCase)) ?? node;
            var text = name.GetAttributeValue("content", null) ?? TextPieces(name);
            var byline = CleanByline(text);
            // A label alone ("By", "Written by"): the name is printed beside it.
            if (byline is null && EndsWithBylineLabel(text) && node.ParentNode is { } parent)
                byline = CleanByline(TextPieces(parent));
            if (byline is null)
                continue;
            if (site.Likeness(byline) < 0.5f)
                return new([byline], "byline");
            siteByline ??= new([byline], "byline");
        }
        // A short line beside the headline that starts with a byline label: "By Ann Lee", "Written by Ann Lee · 5 min read".
        foreach (var (_, line) in HeadlineLines.Near(scan.Headings1, scan.HeadingAncestors))
        {
            if (!ByPrefix().IsMatch(line) || CleanByline(line) is not { } printed)
                continue;
            if (site.Likeness(printed) < 0.5f)
                return new([printed], "byline:headline");
            siteByline ??= new([printed], "byline:headline");
            break;
        }
        // A label alone in its element ("Written by", "By", "Authors:") and the name in the element or text after it.
        foreach (var label in scan.BylineLabels)
        {
            if (PageRegion.IsElsewhere(label, scan.HeadingAncestors) || InForm(label) || NameAfterLabel(label) is not { } labelled)
                continue;
            if (site.Likeness(labelled) < 0.5f)
                return new([labelled], "byline:label");
            siteByline ??= new([labelled], "byline:label");
        }
        // A Twitter card's label and data pair names the writer ("twitter:label1" "Written by", "twitter:data1" "Ann Lee"): the
        // account that posted, which a printed byline overrules.
        for (var i = 1; i <= 4; i++)
        {
            if (meta.Get($"twitter:label{i}") is not { } label || !IsBylineLabel(label)
                || meta.Get($"twitter:data{i}") is not { } data || CleanByline(data) is not { } written)
                continue;
            if (site.Likeness(written) < 0.5f)
                return new([written], $"meta:twitter:data{i}");
            siteByline ??= new([written], $"meta:twitter:data{i}");
        }
        if (jsonLd is { Authors.Count: > 0 })
            return new(jsonLd.Authors, "json-ld:author");
        // A Twitter handle is not left as the last resort: it is an account name, seldom the byline.
        return siteByline;
    }

    /// <summary>Whether the element is a form's field or label ("Username", "Sign in"), not a byline.</summary>
    private static bool InForm(HtmlNode node)
    {
        var n = 0;
        for (var a = node; a is not null && a.NodeType == HtmlNodeType.Element && n < 12; a = a.ParentNode, n++)
        {
            if (a.Name is "form" or "label" or "input" or "button" or "select" or "textarea")
                return true;
        }
        return false;
    }

    /// <summary>The element's text nodes joined with " | ", so a name and the job title or date beside it stay apart.</summary>
    private static string TextPieces(HtmlNode node)
    {
        var pieces = new List<string>();
        foreach (var text in node.DescendantsAndSelf().Where(d => d.NodeType == HtmlNodeType.Text))
        {
            var piece = TextNormalizer.Clean(HtmlEntity.DeEntitize(text.InnerText));
            if (piece.Length > 0)
                pieces.Add(piece);
            if (pieces.Count >= 6)
                break;
        }
        return string.Join(" | ", pieces);
    }

    /// <summary>
    /// A byline reduced to the name: without "By"/"Written by"/"Posted by", and cut before a date, " on …", a
    /// separator or a line break; null when what is left does not look like a name (empty, longer than 8 words or
    /// 80 characters, a date, a label, an interface phrase, a masked name such as "m***a").
    /// </summary>
    public static string? CleanByline(string text)
    {
        text = HtmlEntity.DeEntitize(text).Trim();
        // "Jul 11 | Written By | Ann Lee": a label piece announces the name in the piece after it.
        var pieces = text.Split(" | ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < pieces.Length; i++)
        {
            if (IsBylineLabel(pieces[i]) && CleanByline(pieces[i + 1]) is { } announced)
                return announced;
        }
        if (pieces.Length > 1 && IsBylineLabel(pieces[^1]))
            return null;
        var cleaned = ByPrefix().Replace(text, "");
        var cut = BylineEnd().Match(cleaned);
        if (cut.Success && cut.Index > 0)
            cleaned = cleaned[..cut.Index];
        cleaned = ByPrefix().Replace(cleaned.Trim(), "").Trim().Trim(',', ';', ':', '-', '|', '·', '•').Trim();
        if (cleaned.StartsWith('@'))
            cleaned = cleaned[1..];
        if (cleaned.Length is 0 or > 80 || cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8 || NotAName().IsMatch(cleaned)
            || TemplateName().IsMatch(cleaned) || IsBylineLabel(cleaned))
            return null;
        if (DateParsing.FindInText(cleaned) is not null || !cleaned.Any(char.IsLetter) || cleaned.Contains("**", StringComparison.Ordinal))
            return null;
        return cleaned;
    }

    /// <summary>Whether the text ends with a byline label and no name after it ("By", "Jun 2 | Written By").</summary>
    private static bool EndsWithBylineLabel(string text)
    {
        var bar = text.LastIndexOf(" | ", StringComparison.Ordinal);
        return IsBylineLabel(bar < 0 ? text : text[(bar + 3)..]);
    }

    /// <summary>Whether the text is only a byline label ("By", "Written by", "Article by:", "Author").</summary>
    internal static bool IsBylineLabel(string text) => BylineLabel().IsMatch(text.Trim());

    /// <summary>
    /// The name printed after an element that holds only a byline label (<see cref="PageScan.BylineLabels"/>): the
    /// text that follows it in its parent, else its next element; null when that does not read as a name (nor when it
    /// is a single letter or a word in capitals, "C", "DEFAULT": a value printed after "Author" in a table or listing).
    /// </summary>
    private static string? NameAfterLabel(HtmlNode label)
    {
        for (var next = label.NextSibling; next is not null; next = next.NextSibling)
        {
            if (next.NodeType == HtmlNodeType.Comment)
                continue;
            var text = TextPieces(next);
            if (text.Length == 0)
                continue;
            return CleanByline(text) is { } name && name.Length >= 2 && name.Any(char.IsLower) ? name : null;
        }
        return null;
    }

    /// <summary>The canonical URL: <c>&lt;link rel=canonical&gt;</c>, else <c>og:url</c>, else JSON-LD, else the page URL.</summary>
    public static SourcedValue<string>? CanonicalUrl(PageScan scan, MetaTags meta, JsonLdArticle? jsonLd, Uri? pageUrl)
    {
        foreach (var link in scan.Links)
        {
            var rel = link.GetAttributeValue("rel", "");
            if (!rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
                continue;
            var resolved = Resolve(link.GetAttributeValue("href", ""), pageUrl);
            if (resolved is not null)
                return new(resolved, "link:canonical");
        }
        if (Resolve(meta.Get("og:url"), pageUrl) is { } og)
            return new(og, "meta:og:url");
        if (Resolve(jsonLd?.Url, pageUrl) is { } ld)
            return new(ld, "json-ld:url");
        return pageUrl is null ? null : new(pageUrl.AbsoluteUri, "page-url");
    }

    private static string? Resolve(string? href, Uri? baseUrl)
    {
        href = href is null ? null : HtmlEntity.DeEntitize(href).Trim();
        if (string.IsNullOrEmpty(href))
            return null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
            return absolute.AbsoluteUri;
        if (baseUrl is not null && baseUrl.IsAbsoluteUri && Uri.TryCreate(baseUrl, href, out var relative))
            return relative.AbsoluteUri;
        return href.StartsWith('/') ? href : null;
    }

    /// <summary>The language as a BCP 47 tag: <c>&lt;html lang&gt;</c>, content-language meta, <c>og:locale</c>, JSON-LD.</summary>
    public static SourcedValue<string>? Language(PageScan scan, MetaTags meta, JsonLdArticle? jsonLd)
    {
        var html = scan.Html;
        if (NormalizeLanguage(html?.GetAttributeValue("lang", null)) is { } lang)
            return new(lang, "html:lang");
        if (NormalizeLanguage(html?.GetAttributeValue("xml:lang", null)) is { } xmlLang)
            return new(xmlLang, "html:xml:lang");
        foreach (var key in (string[])["content-language", "language", "dc.language", "og:locale"])
        {
            if (NormalizeLanguage(meta.Get(key)) is { } fromMeta)
                return new(fromMeta, "meta:" + key);
        }
        return NormalizeLanguage(jsonLd?.Language) is { } ld ? new(ld, "json-ld:inLanguage") : null;
    }

    /// <summary>"en_US" → "en-US", "EN" → "en", "ru-ru, en" → "ru-RU"; null for values that are not a language tag.</summary>
    public static string? NormalizeLanguage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var first = value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
            return null;
        var parts = first.Replace('_', '-').Split('-');
        if (!LanguagePart().IsMatch(parts[0]))
            return null;
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            if (!SubtagPart().IsMatch(parts[i]))
                return parts[0];
            parts[i] = parts[i].Length == 2 ? parts[i].ToUpperInvariant()
                : parts[i].Length == 4 ? char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant()
                : parts[i].ToLowerInvariant();
        }
        return string.Join('-', parts);
    }

    [GeneratedRegex(@"^[A-Za-z]{2,3}$")]
    private static partial Regex LanguagePart();

    [GeneratedRegex(@"^[A-Za-z0-9]{2,8}$")]
    private static partial Regex SubtagPart();

    [GeneratedRegex(@"^(?:(?:(?:view|see)\s+(?:all|more)\s+)?(?:written|posted|post|posts|text|words|story|article|articles|reported|authored|published|insights|reviewed)\s+(?:by|from)|by|via|author|от|автор)(?:\s*[:|]\s*|\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"^(?:(?:written|posted|post|text|words|story|article|reported|authored|published|reviewed)\s+by|by|author|authors|author\(s\)|contributors?|written|от|автор)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex BylineLabel();

    /// <summary>An unfilled template placeholder ("page.head.extra.author", "{{ author }}").</summary>
    [GeneratedRegex(@"^[\w-]+(?:\.[\w-]+){3,}$|\{\{|\}\}|\$\{")]
    private static partial Regex TemplateName();

    [GeneratedRegex(@"\s+(?:on|at|updated|published|posted)\s|\s[|•·—–»]\s|\s\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|\n|\s-\s|\d{1,2}:\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", RegexOptions.IgnoreCase)]
    private static partial Regex BylineEnd();

    [GeneratedRegex(@"^(?:(?:topic|post|the)\s+)?(?:author|authors|admin|staff|editor|guest|unknown|share|follow|post)s?$|^about\s+(?:the|our)\s+(?:author|expert|writer)s?$|^(?:view|see)\s+(?:all|more)\s+posts$|^skip\s+to\b|^read\s+more$|^(?:sign|log)\s*(?:in|up|out)$|^(?:register|my\s+account)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();
}
