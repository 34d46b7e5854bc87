using NewsExtract.Ingestion.Html.Blocks;

namespace NewsExtract.Tests.Html;

public sealed class BlockSelectionTests
{
    private static readonly int InRule = Array.IndexOf(BlockFeatures.Names, "inRuleText");

    private static PageBlocks Page(bool declaredArticle, string ruleText, params bool[] inRule)
    {
        var blocks = inRule.Select((_, i) => new TextBlock { Text = $"Line {i} of the page.", Tag = "p" }).ToList();
        var features = inRule.Select(r =>
        {
            var v = new float[BlockFeatures.Names.Length];
            v[InRule] = r ? 1 : 0;
            return v;
        }).ToArray();
        return new PageBlocks(blocks, features, ruleText, null, declaredArticle);
    }

    [Fact]
    public void A_doubtful_line_between_two_body_lines_is_kept_and_the_same_line_between_menu_lines_is_not()
    {
        var page = Page(declaredArticle: false, "", false, false, false, false, false, false, false);
        //                     body    doubt  body   |  menu   doubt  menu   menu
        double[] scores = [3.0, -0.5, 3.0, -4.0, -0.5, -4.0, -4.0];

        var keep = BlockSelection.Choose(page, scores, threshold: 0);

        Assert.Equal([true, true, true, false, false, false, false], keep);
    }

    [Fact]
    public void On_a_declared_article_a_line_the_rules_left_out_is_not_added()
    {
        var ruleText = string.Join(' ', Enumerable.Repeat("word", BlockSelection.SubstantialRuleWords));
        var page = Page(declaredArticle: true, ruleText, true, false, true, false);
        double[] scores = [5.0, 2.0, 5.0, 9.0];

        var keep = BlockSelection.Choose(page, scores, threshold: 0);

        Assert.Equal([true, false, true, false], keep);

        var notArticle = Page(declaredArticle: false, ruleText, true, false, true, false);
        Assert.All(BlockSelection.Choose(notArticle, scores, threshold: 0), Assert.True);
    }
}
