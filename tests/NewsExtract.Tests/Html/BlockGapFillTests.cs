using NewsExtract.Ingestion.Html.Blocks;

namespace NewsExtract.Tests.Html;

/// <summary>On a declared article the classifier may fill gaps between the rules' lines, with lines of the kinds the rules' paragraph test leaves out.</summary>
public sealed class BlockGapFillTests
{
    private static readonly string RuleText = string.Join(' ', Enumerable.Repeat("word", BlockSelection.SubstantialRuleWords));

    private sealed record Line(bool InRule, string Tag = "p", int Words = 12, float LinkDensity = 0, bool Figure = false, bool Repeated = false);

    private static float[] FeaturesOf(Line line, bool insideSpan)
    {
        var v = new float[BlockFeatures.Names.Length];
        void Set(string name, float value) => v[Array.IndexOf(BlockFeatures.Names, name)] = value;
        Set("inRuleText", line.InRule ? 1 : 0);
        Set("insideRuleSpan", insideSpan ? 1 : 0);
        Set("logWords", (float)Math.Log(1 + line.Words));
        Set("linkDensity", line.LinkDensity);
        Set("tag:" + line.Tag, 1);
        Set("in:Figure", line.Figure ? 1 : 0);
        Set("repeatedText", line.Repeated ? 1 : 0);
        return v;
    }

    /// <summary>The page: a rule line, the line under test, a rule line, the same line again after the rules' last line.</summary>
    private static bool[] Choose(Line candidate)
    {
        Line[] lines = [new(InRule: true), candidate, new(InRule: true), candidate];
        var blocks = lines.Select((_, i) => new TextBlock { Text = $"Line {i}.", Tag = "p" }).ToList();
        var features = lines.Select((l, i) => FeaturesOf(l, insideSpan: i <= 2)).ToArray();
        var page = new PageBlocks(blocks, features, RuleText, null, DeclaredArticle: true);
        // every line is one the classifier is sure of
        return BlockSelection.Choose(page, [8.0, 8.0, 8.0, 8.0], threshold: 0);
    }

    [Theory]
    [InlineData("heading", 4)]
    [InlineData("li", 6)]
    [InlineData("td", 3)]
    [InlineData("p", 30)]
    public void A_subheading_list_item_cell_or_long_paragraph_between_the_rules_lines_joins_the_body(string tag, int words)
    {
        var keep = Choose(new Line(InRule: false, tag, words));

        Assert.Equal([true, true, true, false], keep);
    }

    [Fact]
    public void A_short_paragraph_a_caption_a_repeated_credit_or_a_linked_teaser_between_the_rules_lines_does_not()
    {
        Assert.False(Choose(new Line(InRule: false, "p", Words: 8))[1]);
        Assert.False(Choose(new Line(InRule: false, "div", Words: 30, Figure: true))[1]);
        Assert.False(Choose(new Line(InRule: false, "p", Words: 30, Repeated: true))[1]);
        Assert.False(Choose(new Line(InRule: false, "heading", Words: 6, LinkDensity: 0.9f))[1]);
    }

    [Fact]
    public void A_gap_line_needs_a_surer_score_than_a_rule_line()
    {
        Line[] lines = [new(InRule: true), new(InRule: false, "heading", 4), new(InRule: true)];
        var blocks = lines.Select((_, i) => new TextBlock { Text = $"Line {i}.", Tag = "p" }).ToList();
        var page = new PageBlocks(blocks, lines.Select(l => FeaturesOf(l, insideSpan: true)).ToArray(), RuleText, null, DeclaredArticle: true);

        var keep = BlockSelection.Choose(page, [1.0, 1.0, 1.0], threshold: 0);

        Assert.Equal([true, false, true], keep);
    }
}
