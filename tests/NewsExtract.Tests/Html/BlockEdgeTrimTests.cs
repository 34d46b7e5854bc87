using NewsExtract.Ingestion.Html.Blocks;

namespace NewsExtract.Tests.Html;

/// <summary>On a declared article the body opens and closes with lines the classifier is sure of.</summary>
public sealed class BlockEdgeTrimTests
{
    private static readonly string RuleText = string.Join(' ', Enumerable.Repeat("word", BlockSelection.SubstantialRuleWords));

    /// <summary>An invented article page: every line was kept by the rules.</summary>
    private static readonly string[] Lines =
    [
        "Filed under: Local news",
        "More than forty volunteers walked the banks of the river on Saturday, counting otter tracks along a twelve-kilometre stretch.",
        "Organisers said the numbers suggest the otter population has grown for a third year in a row.",
        "The trust plans a second survey in the autumn, when the water is lower.",
        "Ready to get involved? Sign up today!",
        "12 Harbour Road, Brennock",
    ];

    private static PageBlocks Page(bool declaredArticle)
    {
        var blocks = Lines.Select(t => new TextBlock { Text = t, Tag = "p" }).ToList();
        var inRule = Array.IndexOf(BlockFeatures.Names, "inRuleText");
        var features = Lines.Select(_ =>
        {
            var v = new float[BlockFeatures.Names.Length];
            v[inRule] = 1;
            return v;
        }).ToArray();
        return new PageBlocks(blocks, features, RuleText, "Volunteers count otters", declaredArticle);
    }

    // label, three sure paragraphs, then a call to action and an address the classifier only just keeps
    private static readonly double[] Scores = [-0.5, 9.0, 9.0, 9.0, 1.0, 0.5];

    [Fact]
    public void Weak_lines_before_the_first_and_after_the_last_sure_line_of_an_article_are_dropped()
    {
        var keep = BlockSelection.Choose(Page(declaredArticle: true), Scores, threshold: 0);

        Assert.Equal([false, true, true, true, false, false], keep);
    }

    [Fact]
    public void A_page_that_is_not_a_declared_article_keeps_its_weak_edges()
    {
        var keep = BlockSelection.Choose(Page(declaredArticle: false), Scores, threshold: 0);

        Assert.All(keep, Assert.True);
    }

    [Fact]
    public void An_article_with_no_sure_line_is_not_trimmed()
    {
        var keep = BlockSelection.Choose(Page(declaredArticle: true), [1.0, 1.0, 1.0, 1.0, 1.0, 1.0], threshold: 0);

        Assert.All(keep, Assert.True);
    }
}
