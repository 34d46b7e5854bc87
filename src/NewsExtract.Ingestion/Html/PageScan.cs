using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// The elements the metadata readers look at, gathered in one walk over the parsed page (XPath queries over the
/// whole tree cost more than the parse itself).
/// </summary>
public sealed class PageScan
{
    public HtmlNode? Html { get; private set; }
    public HtmlNode? Body { get; private set; }
    public HtmlNode? Title { get; private set; }
    public List<HtmlNode> Metas { get; } = [];
    public List<HtmlNode> Links { get; } = [];
    public List<string> JsonLd { get; } = [];
    public List<HtmlNode> Headings1 { get; } = [];
    public List<HtmlNode> Times { get; } = [];

    /// <summary>Elements with <c>itemprop</c> datePublished or dateCreated.</summary>
    public List<HtmlNode> DateItems { get; } = [];

    /// <summary>Elements with <c>itemprop=author</c>, <c>rel=author</c>, or a byline/author class, in document order.</summary>
    public List<HtmlNode> AuthorItems { get; } = [];

    public static PageScan Of(HtmlDocument document)
    {
        var scan = new PageScan();
        var stack = new Stack<HtmlNode>();
        stack.Push(document.DocumentNode);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == HtmlNodeType.Element)
                scan.Visit(node);
            var children = node.ChildNodes;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                if (children[i].NodeType is HtmlNodeType.Element or HtmlNodeType.Document)
                    stack.Push(children[i]);
            }
        }
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
            case "time":
                Times.Add(node);
                break;
            case "a" when node.GetAttributeValue("rel", "") == "author":
                AuthorItems.Add(node);
                return;
        }
        if (node.Attributes.Count == 0)
            return;
        var itemprop = node.GetAttributeValue("itemprop", null);
        if (itemprop is not null)
        {
            if (itemprop is "datePublished" or "dateCreated")
                DateItems.Add(node);
            else if (itemprop == "author")
                AuthorItems.Add(node);
        }
        var cls = node.GetAttributeValue("class", null);
        if (cls is not null && (cls.Contains("byline", StringComparison.OrdinalIgnoreCase) || cls.Contains("author-name", StringComparison.OrdinalIgnoreCase)
            || cls.Contains("article-author", StringComparison.OrdinalIgnoreCase)))
            AuthorItems.Add(node);
    }
}
