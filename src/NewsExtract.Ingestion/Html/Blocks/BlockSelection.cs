namespace NewsExtract.Ingestion.Html.Blocks;

/// <summary>
/// Which blocks make the body, and the body they make. Each block's score is smoothed with its neighbours' (a line
/// between two body lines is likelier body, one between two menu lines likelier menu), and a block is kept when
/// that score is above the threshold. On a page that declares itself an article, whose rule-extracted body is
/// substantial, only lines the rules also chose can be kept (the classifier prunes, it does not add: what lies
/// outside an article's body there is teasers of other stories and comments; letting lines the classifier was
/// sure of back in gained 0.01 on WCXB articles out of fold but cost 0.003–0.006 on AEB).
/// The kept lines are written in page order through the same line filter as the rules (headline repeated, "Share
/// this", bylines at the edges).
/// </summary>
public static class BlockSelection
{
    /// <summary>Words of rule-extracted text below which an article page's body counts as not found.</summary>
    public const int SubstantialRuleWords = 80;

    /// <summary>Weight of the mean of the two neighbours' scores added to a block's own.</summary>
    public const double NeighbourWeight = 0.5;

    private static readonly int InRuleText = Array.IndexOf(BlockFeatures.Names, "inRuleText");

    /// <summary>Per block, whether it is part of the body.</summary>
    public static bool[] Choose(PageBlocks page, IReadOnlyList<double> scores, double threshold)
    {
        var pruneOnly = page.DeclaredArticle && CountWords(page.RuleText) >= SubstantialRuleWords;
        var smoothed = Smooth(scores);
        var keep = new bool[page.Blocks.Count];
        for (var i = 0; i < keep.Length; i++)
            keep[i] = smoothed[i] > threshold && (!pruneOnly || page.Features[i][InRuleText] > 0);
        return keep;
    }

    /// <summary>Each score plus <see cref="NeighbourWeight"/> times the mean score of the blocks just before and after it.</summary>
    public static double[] Smooth(IReadOnlyList<double> scores)
    {
        var n = scores.Count;
        var smoothed = new double[n];
        for (var i = 0; i < n; i++)
        {
            double sum = 0;
            var count = 0;
            if (i > 0)
            {
                sum += scores[i - 1];
                count++;
            }
            if (i + 1 < n)
            {
                sum += scores[i + 1];
                count++;
            }
            smoothed[i] = scores[i] + (count == 0 ? 0 : NeighbourWeight * sum / count);
        }
        return smoothed;
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
