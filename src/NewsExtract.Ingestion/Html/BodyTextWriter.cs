using System.Text;
using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Writes the text of the chosen body elements as paragraphs, leaving out what is still furniture inside the body:
/// link lists, link-heavy blocks, image galleries, figure captions and the headline itself.
/// </summary>
internal sealed class BodyTextWriter
{
    private readonly Func<HtmlNode, NodeStats> _stats;
    private readonly string? _title;
    private readonly List<string> _paragraphs = [];
    private readonly StringBuilder _line = new();
    private bool _pendingSpace;

    public BodyTextWriter(Func<HtmlNode, NodeStats> stats, string? title)
    {
        _stats = stats;
        _title = string.IsNullOrWhiteSpace(title) ? null : TextNormalizer.Clean(title);
    }

    /// <summary>Every paragraph written so far, before the line filter.</summary>
    public HashSet<string> Paragraphs => new(_paragraphs, StringComparer.Ordinal);

    public string Write(IEnumerable<HtmlNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node.NodeType == HtmlNodeType.Element && !Keep(node))
                continue;
            Visit(node, 0);
            Break();
        }
        return string.Join("\n\n", BoilerplateLineFilter.Filter(_paragraphs, _title));
    }

    private void Visit(HtmlNode node, int depth)
    {
        if (depth > 1500)
            return;
        if (node.NodeType == HtmlNodeType.Text)
        {
            var text = ((HtmlTextNode)node).Text;
            if (text.Contains('&'))
                text = HtmlEntity.DeEntitize(text);
            _pendingSpace = TextNormalizer.AppendCollapsed(_line, text, _pendingSpace);
            return;
        }
        if (node.NodeType != HtmlNodeType.Element)
            return;
        var name = node.Name;
        if (name == "br")
        {
            Break();
            return;
        }
        if (HtmlTags.NeverText.Contains(name))
            return;
        var block = HtmlTags.Block.Contains(name);
        if (block)
        {
            if (!Keep(node))
                return;
            Break();
        }
        foreach (var child in node.ChildNodes)
            Visit(child, depth + 1);
        if (block)
            Break();
        else if (name is "td" or "th")
            _pendingSpace = true;
    }

    private void Break()
    {
        if (_line.Length > 0)
        {
            var text = _line.ToString().Trim();
            if (text.Length > 0)
                _paragraphs.Add(text);
            _line.Clear();
        }
        _pendingSpace = false;
    }

    /// <summary>Whether a block inside the body is article text rather than furniture.</summary>
    private bool Keep(HtmlNode node)
    {
        var name = node.Name;
        var s = _stats(node);
        if (name is "figure" or "figcaption" or "h1")
            return false;
        if (s.Text == 0)
            return s.Images == 0 || name != "figure";
        if (HtmlTags.IsHeading(name))
        {
            if (_title is not null && TextNormalizer.Clean(node.InnerText) == _title)
                return false;
            return s.LinkDensity < 0.5;
        }
        if (name is "p" or "pre" or "blockquote")
            return s.LinkDensity < 0.8 || s.Text > 200;
        var weight = BoilerplateClassifier.ClassWeight(node);
        var ld = s.LinkDensity;
        if (name is "ul" or "ol" or "dl" or "menu")
        {
            // Lists of links have short items; lists of linked news briefs have long ones.
            var longItems = s.ListItems > 0 && s.Text / s.ListItems >= 100;
            return longItems ? ld < 0.6 : !((weight <= 0 && ld > 0.33) || ld > 0.5);
        }
        if (name is "table" or "div" or "section" or "aside" or "form" or "nav" or "center" or "header" or "footer" or "article")
        {
            // A container with real paragraphs is judged part by part; one without is judged whole.
            if (s.ParagraphText >= 200)
                return true;
            if ((weight <= 0 && ld > 0.33) || ld > 0.5)
                return false;
            if (s.ListItems > 0 && s.Paragraphs == 0 && s.ListItems * 15 > s.Text / 2 && s.Text < 300)
                return false;
            if (s.Images > 1 && s.Paragraphs * 2 < s.Images && s.Text < 300)
                return false;
        }
        return true;
    }
}
