namespace NewsExtract.Ingestion.Html.Blocks;

/// <summary>
/// Which blocks make the body, and the body they make. Each block's score is smoothed with its neighbours' (a line
/// between two body lines is likelier body, one between two menu lines likelier menu), and a block is kept when
/// that score is above the threshold. On a page that declares itself an article, whose rule-extracted body is
/// substantial, the classifier prunes the rules' lines and adds nothing before or after them (what lies outside an
/// article's body there is teasers of other stories and comments; letting lines the classifier was sure of back in
/// there gained 0.01 on WCXB articles out of fold but cost 0.003–0.006 on AEB). Between the rules' first and last
/// line it may fill a gap the rules' paragraph test left (<see cref="FillsGap"/>: subheadings, list items, table
/// cells, longer paragraphs in sibling sections), when it is surer of the line than it must be to keep one; and the
/// body there opens and closes with a line it is that sure of (<see cref="TrimUnsureEdges"/>: the weak rule lines
/// before or after are a closing call to action, a disclaimer, an address, a label above the text).
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

    /// <summary>How far above the threshold a line's smoothed score must be for it to fill a gap in an article's rule-extracted body.</summary>
    public const double GapMargin = 4;

    /// <summary>How far above the threshold a line's smoothed score must be for it to open or close an article's body (<see cref="TrimUnsureEdges"/>).</summary>
    public const double EdgeMargin = 4;

    /// <summary>Words from which a paragraph-like line (not a heading, list item, table cell, definition or preformatted text) may fill a gap.</summary>
    public const int MinGapProseWords = 20;

    /// <summary>Link share of a line's characters above which it never fills a gap (a teaser or a link list).</summary>
    public const float MaxGapLinkDensity = 0.5f;

    private static readonly int InsideRuleSpan = Array.IndexOf(BlockFeatures.Names, "insideRuleSpan");
    private static readonly int LinkDensity = Array.IndexOf(BlockFeatures.Names, "linkDensity");
    private static readonly int RepeatedText = Array.IndexOf(BlockFeatures.Names, "repeatedText");
    private static readonly int InFigure = Array.IndexOf(BlockFeatures.Names, "in:" + nameof(BlockContext.Figure));
    private static readonly int LogWords = Array.IndexOf(BlockFeatures.Names, "logWords");
    private static readonly float LogMinGapProseWords = (float)Math.Log(1 + MinGapProseWords);
    private static readonly int[] GapTags = new[] { "heading", "li", "td", "pre", "dd" }.Select(t => Array.IndexOf(BlockFeatures.Names, "tag:" + t)).ToArray();

    /// <summary>Per block, whether it is part of the body.</summary>
    public static bool[] Choose(PageBlocks page, IReadOnlyList<double> scores, double threshold)
    {
        var pruneOnly = page.DeclaredArticle && CountWords(page.RuleText) >= SubstantialRuleWords;
        var smoothed = Smooth(scores);
        var keep = new bool[page.Blocks.Count];
        for (var i = 0; i < keep.Length; i++)
        {
            var features = page.Features[i];
            keep[i] = smoothed[i] > threshold
                && (!pruneOnly || features[InRuleText] > 0 || (smoothed[i] > threshold + GapMargin && FillsGap(features)));
        }
        if (pruneOnly)
            TrimUnsureEdges(keep, smoothed, threshold + EdgeMargin);
        return keep;
    }

    /// <summary>
    /// Drops the kept lines before the first and after the last line whose smoothed score is above
    /// <paramref name="sure"/>: an article's body opens and closes with lines the classifier is sure of, and the weak
    /// lines the rules carried past them are what sits at an article's edges (a closing call to action, a disclaimer,
    /// a "last reviewed" note, a teaser of the next story). Nothing changes when no kept line is that sure.
    /// </summary>
    private static void TrimUnsureEdges(bool[] keep, double[] smoothed, double sure)
    {
        int first = -1, last = -1;
        for (var i = 0; i < keep.Length; i++)
        {
            if (!keep[i] || smoothed[i] <= sure)
                continue;
            if (first < 0)
                first = i;
            last = i;
        }
        if (first < 0)
            return;
        for (var i = 0; i < first; i++)
            keep[i] = false;
        for (var i = last + 1; i < keep.Length; i++)
            keep[i] = false;
    }

    /// <summary>
    /// Whether a line the rules left out, between their first and last line, may join an article's body: not a
    /// caption (inside a figure), not a text the page repeats (a credit or caption under every picture), not mostly
    /// links (a teaser), and either a line of a kind the rules' paragraph test leaves out (a heading, list item, table
    /// cell, definition or preformatted text) or a paragraph of <see cref="MinGapProseWords"/> words or more (short
    /// ones there are captions and teasers of other stories).
    /// </summary>
    private static bool FillsGap(float[] features)
    {
        if (features[InsideRuleSpan] <= 0 || features[InFigure] > 0 || features[RepeatedText] > 0 || features[LinkDensity] > MaxGapLinkDensity)
            return false;
        foreach (var tag in GapTags)
        {
            if (features[tag] > 0)
                return true;
        }
        return features[LogWords] >= LogMinGapProseWords;
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
