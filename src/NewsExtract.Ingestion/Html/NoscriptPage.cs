using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// A page whose readable version sits inside a <c>&lt;noscript&gt;</c> (forum software and single-page apps that
/// render with scripts and give crawlers and script-less browsers the whole text there): when one
/// <c>&lt;noscript&gt;</c> holds more text than everything outside it, and a substantial amount, it is unwrapped so
/// the extractor reads its content as the page. A tracking pixel's or a style's <c>&lt;noscript&gt;</c> is left alone.
/// </summary>
public static class NoscriptPage
{
    /// <summary>Letters and digits a <c>&lt;noscript&gt;</c> must hold to count as the page's readable version.</summary>
    public const int MinChars = 500;

    /// <summary>Unwraps the <c>&lt;noscript&gt;</c> that holds the page's text, if there is one; whether it did.</summary>
    public static bool Unwrap(HtmlDocument document)
    {
        HtmlNode? best = null;
        long bestChars = 0;
        foreach (var noscript in document.DocumentNode.Descendants("noscript"))
        {
            var chars = TextChars(noscript);
            if (chars > bestChars)
                (best, bestChars) = (noscript, chars);
        }
        // Most pages' <noscript> holds a tracking pixel or a style: the rest of the page need not be counted.
        if (best?.ParentNode is not { } parent || bestChars < MinChars || bestChars <= CharsOutsideNoscript(document))
            return false;
        foreach (var child in best.ChildNodes.ToList())
            parent.InsertBefore(child, best);
        parent.RemoveChild(best);
        return true;
    }

    /// <summary>Letters and digits of the page's readable text outside every <c>&lt;noscript&gt;</c>.</summary>
    private static long CharsOutsideNoscript(HtmlDocument document)
    {
        long outside = 0;
        var stack = new Stack<HtmlNode>();
        stack.Push(document.DocumentNode);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == HtmlNodeType.Text)
            {
                outside += CountChars(node.InnerText);
                continue;
            }
            if (node.NodeType == HtmlNodeType.Element && (node.Name == "noscript" || HtmlTags.NeverText.Contains(node.Name)))
                continue;
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push(child);
        }
        return outside;
    }

    /// <summary>Letters and digits in the text of <paramref name="node"/>, scripts and styles left out.</summary>
    private static long TextChars(HtmlNode node)
    {
        long chars = 0;
        foreach (var d in node.Descendants())
        {
            if (d.NodeType == HtmlNodeType.Text && !d.Ancestors().TakeWhile(a => a != node).Any(a => a.Name is "script" or "style"))
                chars += CountChars(d.InnerText);
        }
        return chars;
    }

    private static long CountChars(string text)
    {
        long count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                count++;
        }
        return count;
    }
}
