using System.Buffers;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// The elements the metadata readers look at, gathered in one walk over the parsed page (XPath queries over the
/// whole tree cost more than the parse itself).
/// </summary>
public sealed partial class PageScan
{
    public HtmlNode? Html { get; private set; }
    public HtmlNode? Body { get; private set; }

    /// <summary>Characters of the page's text nodes, each trimmed (scripts, styles and the title left out).</summary>
    public long TextChars { get; private set; }

    /// <summary>Of <see cref="TextChars"/>, those inside <see cref="Body"/>.</summary>
    public long BodyTextChars { get; private set; }

    /// <summary>
    /// Where the page's readable text is: its <c>&lt;body&gt;</c>, or the whole document when the body holds less than
    /// half the text (a second <c>&lt;body&gt;</c> after an empty first one, text after <c>&lt;/html&gt;</c>, a
    /// <c>&lt;body</c> tag left unclosed so the parser sees an empty body: the text is then outside it).
    /// </summary>
    public HtmlNode TextRoot(HtmlDocument document) =>
        Body is not null && 2 * BodyTextChars >= TextChars ? Body : document.DocumentNode;
    public HtmlNode? Title { get; private set; }
    public List<HtmlNode> Metas { get; } = [];
    public List<HtmlNode> Links { get; } = [];
    public List<string> JsonLd { get; } = [];
    public List<HtmlNode> Headings1 { get; } = [];

    /// <summary>
    /// The elements that hold the page's headline (<see cref="PageRegion.HeadingAncestors"/>): set by
    /// <see cref="FindHeadline"/> once the title is known, else found from the first <c>&lt;h1&gt;</c> on first use.
    /// </summary>
    public IReadOnlySet<HtmlNode> HeadingAncestors => _headingAncestors ??= PageRegion.HeadingAncestors(Headings1);

    private HashSet<HtmlNode>? _headingAncestors;

    /// <summary>Places the headline at the <c>&lt;h1&gt;</c> that reads as <paramref name="title"/> (when one does).</summary>
    public void FindHeadline(string? title) => _headingAncestors = PageRegion.HeadingAncestors(Headings1, title);

    /// <summary>The first <c>&lt;h2&gt;</c> of the page, a title candidate when the page has no usable <c>&lt;h1&gt;</c>.</summary>
    public HtmlNode? FirstHeading2 { get; private set; }
    public List<HtmlNode> Times { get; } = [];

    /// <summary>Elements with <c>itemprop</c> datePublished or dateCreated.</summary>
    public List<HtmlNode> DateItems { get; } = [];

    /// <summary>Elements with <c>itemprop=dateModified</c>.</summary>
    public List<HtmlNode> ModifiedItems { get; } = [];

    /// <summary>Elements with <c>itemprop=author</c>, <c>rel=author</c>, a link to an author page, or a byline, author or (forum) username class or id, in document order.</summary>
    public List<HtmlNode> AuthorItems { get; } = [];

    /// <summary>
    /// Elements whose whole text is a byline label ("By", "Written by", "Authors:", "Contributors:"), in document
    /// order: the name is printed in the element or text after them.
    /// </summary>
    public List<HtmlNode> BylineLabels { get; } = [];

    /// <summary>Elements whose class or id says they hold a date (date, time, posted, publish, updated, meta), in document order.</summary>
    public List<HtmlNode> DateTexts { get; } = [];

    private const int MaxCandidates = 60;

    /// <summary>Words that make a class or id worth a closer look (a cheap test before the exact ones below).</summary>
    private static readonly SearchValues<string> HintWords =
        SearchValues.Create(["date", "time", "posted", "publish", "updated", "meta", "byline", "author", "username"], StringComparison.OrdinalIgnoreCase);

    public static PageScan Of(HtmlDocument document)
    {
        var scan = new PageScan();
        var stack = new Stack<HtmlNode>();
        stack.Push(document.DocumentNode);
        // The walk is in document order: the body's subtree is done when the stack is back to its height under the body.
        var bodyMark = -1;
        long bodyStart = 0;
        while (stack.Count > 0)
        {
            if (stack.Count == bodyMark)
            {
                scan.BodyTextChars = scan.TextChars - bodyStart;
                bodyMark = -1;
            }
            var node = stack.Pop();
            if (node.NodeType == HtmlNodeType.Element)
            {
                var hadBody = scan.Body is not null;
                scan.Visit(node);
                if (!hadBody && scan.Body is not null)
                    (bodyMark, bodyStart) = (stack.Count, scan.TextChars);
            }
            var children = node.ChildNodes;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                if (children[i].NodeType is HtmlNodeType.Element or HtmlNodeType.Document)
                    stack.Push(children[i]);
                else if (children[i].NodeType == HtmlNodeType.Text && node.NodeType == HtmlNodeType.Element)
                    scan.VisitText(node, (HtmlTextNode)children[i]);
            }
        }
        if (bodyMark >= 0)
            scan.BodyTextChars = scan.TextChars - bodyStart;
        return scan;
    }

    private void Visit(HtmlNode node)
    {
        switch (node.Name)
        {
            case "html":
                Html ??= node;
                break;
            case "body":
                Body ??= node;
                break;
            case "title":
                Title ??= node;
                break;
            case "meta":
                Metas.Add(node);
                return;
            case "link":
                Links.Add(node);
                break;
            case "script":
                if (node.GetAttributeValue("type", "").Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                    JsonLd.Add(node.InnerHtml);
                return;
            case "h1":
                Headings1.Add(node);
                break;
            case "h2":
                FirstHeading2 ??= node;
                break;
            case "time":
                Times.Add(node);
                break;
            case "a" when node.GetAttributeValue("rel", "") == "author" || IsAuthorLink(node.GetAttributeValue("href", "")):
                if (AuthorItems.Count < MaxCandidates)
                    AuthorItems.Add(node);
                return;
            case "style" or "noscript" or "svg" or "template":
                return;
        }
        if (node.Attributes.Count == 0)
            return;
        var itemprop = node.GetAttributeValue("itemprop", null);
        if (itemprop is not null)
        {
            if (itemprop is "datePublished" or "dateCreated")
                DateItems.Add(node);
            else if (itemprop == "dateModified")
                ModifiedItems.Add(node);
            else if (itemprop is "author" or "creator")
                AuthorItems.Add(node);
        }
        var cls = node.GetAttributeValue("class", null);
        var id = node.GetAttributeValue("id", null);
        if (!(cls is not null && cls.AsSpan().ContainsAny(HintWords)) && !(id is not null && id.AsSpan().ContainsAny(HintWords)))
            return;
        var hints = (cls + " " + id).ToLowerInvariant();
        if (AuthorItems.Count < MaxCandidates && (hints.Contains("byline", StringComparison.Ordinal) || hints.Contains("username", StringComparison.Ordinal)
            || (hints.Contains("author", StringComparison.Ordinal) && !hints.Contains("authoriz", StringComparison.Ordinal))))
            AuthorItems.Add(node);
        if (DateTexts.Count < MaxCandidates && node.Name is not ("html" or "body" or "main" or "article")
            && DateHint().IsMatch(hints))
            DateTexts.Add(node);
    }

    /// <summary>A short text such as "Published on Oct 21, 2025" or "Last updated: …" makes its element a date candidate.</summary>
    private void VisitText(HtmlNode parent, HtmlTextNode text)
    {
        if (parent.Name is "script" or "style" or "title")
            return;
        var span = text.Text.AsSpan().Trim();
        TextChars += span.Length;
        if (span.Length is >= 2 and <= 24 && BylineLabels.Count < MaxCandidates && PageMetadataReader.IsBylineLabel(span.ToString())
            && parent.InnerText.AsSpan().Trim().Length == span.Length)
            BylineLabels.Add(parent);
        if (DateTexts.Count >= MaxCandidates)
            return;
        if (span.Length is < 4 or > 120 || char.ToLowerInvariant(span[0]) is not ('p' or 'u' or 'l' or 'd'))
            return;
        if (DateLabel().IsMatch(span) && !DateTexts.Contains(parent))
            DateTexts.Add(parent);
    }

    [GeneratedRegex(@"^(?:published|posted|post (?:time|date)|updated|last updated|last modified|date)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    private static bool IsAuthorLink(string href) =>
        href.Contains("/author/", StringComparison.OrdinalIgnoreCase) || href.Contains("/authors/", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"date|time|posted|publish|updated|(?:^|[\s_-])meta(?:$|[\s_-])|byline", RegexOptions.CultureInvariant)]
    private static partial Regex DateHint();
}
