using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// The text nodes a reader sees under an element: scripts, styles, <c>&lt;noscript&gt;</c>, templates and SVG drawings
/// are left out. The walk behind every "how much text is under this element" measure.
/// </summary>
public static class ReadableTextNodes
{
    public static IEnumerable<HtmlNode> Under(HtmlNode root)
    {
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == HtmlNodeType.Text)
                yield return node;
            else if (node.Name is not ("script" or "style" or "noscript" or "template" or "svg"))
                foreach (var child in node.ChildNodes)
                    stack.Push(child);
        }
    }
}
