using System.Text;
using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html.Blocks;

/// <summary>
/// Cuts a parsed page into <see cref="TextBlock"/>s: one per run of text between block boundaries, exactly as
/// <see cref="BodyTextWriter"/> cuts paragraphs (so a block and a rule-written paragraph with the same text are the
/// same line), each with its structural context and the class/id keywords of its ancestors. Reads the tree only.
/// </summary>
internal sealed class BlockSegmenter
{
    private const int MaxDepth = 1500;

    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _line = new();
    private bool _pendingSpace;
    private int _chars;
    private int _linkChars;
    private Frame? _lineFrame;
    private int _maxBlocks = int.MaxValue;

    private sealed record Frame(HtmlNode Element, int Depth, BlockContext Context, ulong Own, ulong Keywords, ulong NearKeywords, int ItemKey);

    /// <summary>The page's blocks in document order, or null as soon as there are more than <paramref name="maxBlocks"/>.</summary>
    public static List<TextBlock>? Segment(HtmlNode root, int maxBlocks = int.MaxValue)
    {
        var segmenter = new BlockSegmenter { _maxBlocks = maxBlocks };
        // The root's own keywords reach its direct children's near keywords, not every block's.
        var rootOwn = root.Attributes.Count == 0 ? 0UL : BlockFeatures.KeywordsOf(root);
        var rootFrame = new Frame(root, 0, BlockContext.None, rootOwn, 0, 0, 0);
        segmenter.Visit(root, rootFrame, rootFrame, 0);
        segmenter.Break();
        return segmenter._blocks.Count > maxBlocks ? null : segmenter._blocks;
    }

    private void Visit(HtmlNode node, Frame block, Frame current, int depth)
    {
        if (depth > MaxDepth || _blocks.Count > _maxBlocks)
            return;
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    AppendText(((HtmlTextNode)child).Text, block, current.Context.HasFlag(BlockContext.Link));
                    break;
                case HtmlNodeType.Element:
                    VisitElement(child, block, current, depth + 1);
                    break;
            }
        }
    }

    private void VisitElement(HtmlNode element, Frame block, Frame parent, int depth)
    {
        var name = element.Name;
        if (name == "br")
        {
            Break();
            return;
        }
        if (HtmlTags.NeverText.Contains(name))
            return;
        var context = parent.Context | ContextOf(element);
        var own = element.Attributes.Count == 0 ? 0UL : BlockFeatures.KeywordsOf(element);
        var keywords = parent.Keywords | own;
        var isBlock = HtmlTags.Block.Contains(name);
        var frame = new Frame(element, depth, context, own, keywords, own | (isBlock ? parent.Own : parent.NearKeywords),
            isBlock ? ItemKeyOf(parent.Element, element) : parent.ItemKey);
        if (isBlock)
        {
            Break();
            Visit(element, frame, frame, depth);
            Break();
        }
        else
        {
            Visit(element, block, frame, depth);
            if (name is "td" or "th")
                _pendingSpace = true;
        }
    }

    private static int ItemKeyOf(HtmlNode parent, HtmlNode element) => HashCode.Combine(
        string.GetHashCode(parent.GetAttributeValue("class", ""), StringComparison.Ordinal),
        string.GetHashCode(element.Name, StringComparison.Ordinal),
        string.GetHashCode(element.GetAttributeValue("class", ""), StringComparison.Ordinal));

    private static BlockContext ContextOf(HtmlNode element)
    {
        var c = element.Name switch
        {
            "nav" or "menu" => BlockContext.Nav,
            "footer" => BlockContext.Footer,
            "header" => BlockContext.Header,
            "aside" => BlockContext.Aside,
            "form" => BlockContext.Form,
            "li" or "dd" or "dt" => BlockContext.ListItem,
            "table" or "td" or "th" => BlockContext.Table,
            "article" => BlockContext.Article,
            "main" => BlockContext.Main,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockContext.Heading,
            "section" => BlockContext.Section,
            "figure" or "figcaption" => BlockContext.Figure,
            "blockquote" => BlockContext.Blockquote,
            "a" => BlockContext.Link,
            _ => BlockContext.None,
        };
        if (element.Attributes.Count > 0 && BoilerplateClassifier.IsHidden(element))
            c |= BlockContext.Hidden;
        return c;
    }

    private void AppendText(string text, Frame block, bool inLink)
    {
        if (text.Contains('&'))
            text = HtmlEntity.DeEntitize(text);
        var before = _line.Length;
        _pendingSpace = TextNormalizer.AppendCollapsed(_line, text, _pendingSpace);
        var added = 0;
        for (var i = before; i < _line.Length; i++)
        {
            if (_line[i] != ' ')
                added++;
        }
        if (added == 0)
            return;
        _lineFrame ??= block;
        _chars += added;
        if (inLink)
            _linkChars += added;
    }

    private void Break()
    {
        if (_line.Length > 0 && _lineFrame is { } frame)
        {
            var text = _line.ToString().Trim();
            if (text.Length > 0)
            {
                _blocks.Add(new TextBlock
                {
                    Text = text,
                    Chars = _chars,
                    LinkChars = _linkChars,
                    Tag = frame.Element.Name,
                    Depth = frame.Depth,
                    Context = frame.Context,
                    ClassKeywords = frame.Keywords,
                    NearClassKeywords = frame.NearKeywords,
                    ItemKey = frame.ItemKey,
                });
            }
        }
        _line.Clear();
        _pendingSpace = false;
        _chars = 0;
        _linkChars = 0;
        _lineFrame = null;
    }
}
