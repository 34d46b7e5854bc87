namespace NewsExtract.Ingestion.Html.Blocks;

/// <summary>
/// Which blocks make the body, and the body they make. A block is kept when the classifier scores it above the
/// threshold; on a page that declares itself an article, whose rule-extracted body is substantial, only lines the
/// rules also chose can be kept (the classifier prunes, it does not add: what lies outside an article's body there
/// is teasers of other stories and comments). The kept lines are written in page order through the same line filter
/// as the rules (headline repeated, "Share this", bylines at the edges).
/// </summary>
public static class BlockSelection
{
    /// <summary>Words of rule-extracted text below which an article page's body counts as not found.</summary>
    public const int SubstantialRuleWords = 80;

    private static readonly int InRuleText = Array.IndexOf(BlockFeatures.Names, "inRuleText");

    /// <summary>Per block, whether it is part of the body.</summary>
    public static bool[] Choose(PageBlocks page, IReadOnlyList<double> scores, double threshold)
    {
        var pruneOnly = page.DeclaredArticle && CountWords(page.RuleText) >= SubstantialRuleWords;
        var keep = new bool[page.Blocks.Count];
        for (var i = 0; i < keep.Length; i++)
            keep[i] = scores[i] > threshold && (!pruneOnly || page.Features[i][InRuleText] > 0);
        return keep;
    }

    /// <summary>The body text, or null when no block is kept (the caller then keeps the rules' text).</summary>
    public static string? Write(PageBlocks page, IReadOnlyList<double> scores, double threshold)
    {
        var keep = Choose(page, scores, threshold);
        var kept = new List<string>();
        for (var i = 0; i < keep.Length; i++)
        {
            if (keep[i])
                kept.Add(page.Blocks[i].Text);
        }
        if (kept.Count == 0)
            return null;
        var text = string.Join("\n\n", BoilerplateLineFilter.Filter(kept, page.Title));
        return text.Length == 0 ? null : text;
    }

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
}
