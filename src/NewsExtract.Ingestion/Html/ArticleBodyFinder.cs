using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Finds the article body in a parsed page. Page furniture is removed first (by tag, role, class and id, unless the
/// element holds most of the page's paragraph text); every element holding a line of text then gives a score —
/// more for longer, comma-rich text — to the elements above it, discounted with distance; the best-scoring
/// container, corrected for link density, wins, and its siblings that look like more of the same article join it.
/// </summary>
internal sealed class ArticleBodyFinder
{
    private const int MinParagraphChars = 25;
    private const int MaxDepth = 1500;

    private readonly Dictionary<HtmlNode, NodeStats> _stats = new(ReferenceEqualityComparer.Instance);
    private NodeStats _pageStats = new();

    /// <summary>The statistics of an element (all zero for one never measured).</summary>
    public NodeStats StatsOf(HtmlNode node) => _stats.TryGetValue(node, out var s) ? s : Empty;

    private static readonly NodeStats Empty = new();

    /// <summary>Measures every element below <paramref name="root"/> without changing the tree.</summary>
    public void Measure(HtmlNode root)
    {
        _stats.Clear();
        _pageStats = Measure(root, 0, insideLink: false);
    }

    /// <summary>Removes furniture from <paramref name="root"/> and returns the elements that make up the article body, in document order.</summary>
    public IReadOnlyList<HtmlNode> Find(HtmlNode root)
    {
        _stats.Clear();
        _pageStats = Measure(root, 0, insideLink: false);
        RemoveFurniture(root, 0);
        _stats.Clear();
        _pageStats = Measure(root, 0, insideLink: false);

        var candidates = ScoreCandidates(root);
        if (candidates.Count == 0)
            return [root];
        var top = PickTop(candidates, root);
        return GatherSiblings(top);
    }

    private NodeStats Measure(HtmlNode node, int depth, bool insideLink)
    {
        var stats = new NodeStats();
        _stats[node] = stats;
        if (depth > MaxDepth)
            return stats;
        var isLink = insideLink || node.Name == "a";
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                {
                    var (chars, commas) = CountText(((HtmlTextNode)child).Text);
                    stats.Text += chars;
                    stats.InlineText += chars;
                    stats.Commas += commas;
                    stats.InlineCommas += commas;
                    if (isLink)
                    {
                        stats.LinkText += chars;
                        stats.InlineLinkText += chars;
                    }
                    break;
                }
                case HtmlNodeType.Element:
                {
                    var name = child.Name;
                    if (name == "img")
                    {
                        stats.Images++;
                        continue;
                    }
                    if (HtmlTags.NeverText.Contains(name))
                        continue;
                    var c = Measure(child, depth + 1, isLink);
                    stats.Text += c.Text;
                    stats.LinkText += c.LinkText;
                    stats.Commas += c.Commas;
                    stats.ParagraphText += c.ParagraphText;
                    stats.Paragraphs += c.Paragraphs;
                    stats.Images += c.Images;
                    stats.ListItems += c.ListItems;
                    if (!HtmlTags.Block.Contains(name))
                    {
                        stats.InlineText += c.InlineText;
                        stats.InlineLinkText += c.InlineLinkText;
                        stats.InlineCommas += c.InlineCommas;
                    }
                    break;
                }
            }
        }
        if (node.Name == "li")
            stats.ListItems++;
        if (node.Name is "p" or "pre" || (node.Name != "li" && stats.InlineText >= MinParagraphChars && HtmlTags.Block.Contains(node.Name)))
        {
            stats.Paragraphs++;
            stats.ParagraphText += node.Name is "p" or "pre" ? stats.Text - stats.LinkText : stats.InlineText - stats.InlineLinkText;
        }
        return stats;
    }

    private static (int Chars, int Commas) CountText(string text)
    {
        int chars = 0, commas = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (TextNormalizer.IsSpace(c))
                continue;
            chars++;
            if (c == '&')
            {
                var semi = text.IndexOf(';', i + 1, Math.Min(10, text.Length - i - 1));
                if (semi > 0)
                    i = semi;
                continue;
            }
            if (c is ',' or '，' or '、' or '،')
                commas++;
        }
        return (chars, commas);
    }

    private bool IsProtected(NodeStats s)
    {
        var page = _pageStats;
        return (page.ParagraphText > 300 && s.ParagraphText >= 0.5 * page.ParagraphText)
            || (page.Text > 0 && s.Text >= 0.6 * page.Text);
    }

    private void RemoveFurniture(HtmlNode node, int depth)
    {
        if (depth > MaxDepth)
            return;
        List<HtmlNode>? doomed = null;
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Comment)
            {
                (doomed ??= []).Add(child);
                continue;
            }
            if (child.NodeType != HtmlNodeType.Element)
                continue;
            if (HtmlTags.NeverText.Contains(child.Name) && child.Name != "img")
            {
                (doomed ??= []).Add(child);
                continue;
            }
            var stats = StatsOf(child);
            var furniture = BoilerplateClassifier.IsHidden(child)
                || BoilerplateClassifier.IsFurnitureByTagOrRole(child)
                || child.Name == "header"
                || (child.Name is not ("article" or "main") && BoilerplateClassifier.LooksLikeFurniture(child));
            if (furniture && !IsProtected(stats))
            {
                (doomed ??= []).Add(child);
                continue;
            }
            RemoveFurniture(child, depth + 1);
        }
        if (doomed is null)
            return;
        foreach (var d in doomed)
            node.RemoveChild(d);
    }

    private List<HtmlNode> ScoreCandidates(HtmlNode root)
    {
        var scored = new List<HtmlNode>();
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == HtmlNodeType.Element && _stats.ContainsKey(child))
                    stack.Push(child);
            }
            if (node == root)
                continue;
            var s = StatsOf(node);
            var inline = s.InlineText;
            if (inline < MinParagraphChars || node.Name is "a" or "h1" or "li" or "dt" or "th")
                continue;
            if (!HtmlTags.Block.Contains(node.Name))
                continue;
            var linkShare = (double)s.InlineLinkText / inline;
            if (linkShare > 0.5)
                continue;
            var score = 1.0 + s.InlineCommas + Math.Min(inline / 100, 3);
            var first = HtmlTags.Paragraph.Contains(node.Name) ? node.ParentNode : node;
            var level = 0;
            for (var a = first; a is not null && a != root.ParentNode && level < 5; a = a.ParentNode, level++)
            {
                if (a.NodeType != HtmlNodeType.Element)
                    break;
                var st = StatsOf(a);
                if (!st.IsScored)
                {
                    st.Score = InitialScore(a);
                    scored.Add(a);
                }
                st.Score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            }
        }
        foreach (var n in scored)
        {
            var st = StatsOf(n);
            st.Score *= 1 - st.LinkDensity;
        }
        return scored;
    }

    private static double InitialScore(HtmlNode node)
    {
        var score = node.Name switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (node.Name == "article" || node.GetAttributeValue("itemprop", "").Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            score += 10;
        return score + 25 * BoilerplateClassifier.ClassWeight(node);
    }

    private HtmlNode PickTop(List<HtmlNode> candidates, HtmlNode root)
    {
        candidates.Sort((a, b) => StatsOf(b).Score.CompareTo(StatsOf(a).Score));
        var top = candidates[0];
        var topScore = StatsOf(top).Score;

        // When several strong runners-up sit beside the winner under one ancestor, the article is that ancestor.
        var rivals = candidates.Skip(1).Take(5).Where(c => StatsOf(c).Score >= 0.75 * topScore).ToList();
        if (rivals.Count >= 3)
        {
            for (var parent = top.ParentNode; parent is not null && parent != root; parent = parent.ParentNode)
            {
                var holds = rivals.Count(r => IsAncestor(parent, r));
                if (holds >= 3)
                {
                    top = parent;
                    break;
                }
            }
        }

        // Climb while the parent scores at least as well (the winner was one part of a larger body).
        var lastScore = StatsOf(top).Score;
        for (var parent = top.ParentNode; parent is not null && parent != root; parent = parent.ParentNode)
        {
            var ps = StatsOf(parent);
            if (!ps.IsScored)
                continue;
            if (ps.Score < lastScore / 3)
                break;
            if (ps.Score > lastScore)
            {
                top = parent;
                break;
            }
            lastScore = ps.Score;
        }

        // A lone child says nothing its parent does not.
        while (top.ParentNode is not null && top.ParentNode != root && ElementChildren(top.ParentNode) == 1)
            top = top.ParentNode;
        return top;
    }

    private static int ElementChildren(HtmlNode node)
    {
        var n = 0;
        foreach (var c in node.ChildNodes)
        {
            if (c.NodeType == HtmlNodeType.Element)
                n++;
            else if (c.NodeType == HtmlNodeType.Text && !string.IsNullOrWhiteSpace(((HtmlTextNode)c).Text))
                return 2;
        }
        return n;
    }

    private static bool IsAncestor(HtmlNode ancestor, HtmlNode node)
    {
        for (var n = node.ParentNode; n is not null; n = n.ParentNode)
        {
            if (n == ancestor)
                return true;
        }
        return false;
    }

    private List<HtmlNode> GatherSiblings(HtmlNode top)
    {
        var parent = top.ParentNode;
        if (parent is null)
            return [top];
        var topStats = StatsOf(top);
        var threshold = Math.Max(10, topStats.Score * 0.2);
        var topClass = top.GetAttributeValue("class", "");
        var result = new List<HtmlNode>();
        foreach (var sibling in parent.ChildNodes)
        {
            if (sibling == top)
            {
                result.Add(sibling);
                continue;
            }
            if (sibling.NodeType != HtmlNodeType.Element)
                continue;
            var s = StatsOf(sibling);
            var bonus = topClass.Length > 0 && sibling.GetAttributeValue("class", "") == topClass ? topStats.Score * 0.2 : 0;
            if (s.IsScored && s.Score + bonus >= threshold)
            {
                result.Add(sibling);
                continue;
            }
            // A sibling holding a good share of clean paragraph text is more of the article, split into sections.
            if (s.ParagraphText >= Math.Max(200, 0.1 * topStats.ParagraphText) && s.LinkDensity < 0.3)
            {
                result.Add(sibling);
                continue;
            }
            if (sibling.Name == "p")
            {
                var ld = s.LinkDensity;
                if ((s.Text > 80 && ld < 0.25) || (s.Text > 0 && s.Text <= 80 && ld == 0 && EndsSentence(sibling)))
                    result.Add(sibling);
            }
        }
        return result;
    }

    private static bool EndsSentence(HtmlNode node)
    {
        var text = node.InnerText.TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '»' or '。';
    }
}
