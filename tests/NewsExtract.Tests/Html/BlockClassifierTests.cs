using NewsExtract.Ingestion.Html;
using NewsExtract.Ingestion.Html.Blocks;
using NewsExtract.Tests.Support;
using NewsExtract.Training.Html;

namespace NewsExtract.Tests.Html;

public sealed class BlockClassifierTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static int Feature(string name) => Array.IndexOf(BlockFeatures.Names, name);

    /// <summary>One split: link density at most 0.3 scores +1 (article text), more scores −1.</summary>
    private static BlockClassifierModel LowLinkDensityModel() => new(BlockFeatures.Names, threshold: 0, bias: 0,
        [new BlockTree(1, [Feature("linkDensity")], [0.3f], [~0], [~1], [1.0, -1.0])]);

    [Fact]
    public void The_shipped_model_loads_from_the_assembly_and_is_the_default()
    {
        // models/html-blocks/html-blocks.json is embedded in NewsExtract.Ingestion: no file outside the build is read.
        var shipped = BlockClassifierModel.Shipped;
        Assert.NotNull(shipped);
        Assert.NotEmpty(shipped.Trees);
        Assert.Same(shipped, HtmlExtractionOptions.Default.BlockClassifier);
    }

    [Fact]
    public void A_tree_sends_values_at_or_below_the_threshold_left()
    {
        var tree = new BlockTree(0.5, [0, 1], [2f, 5f], [~0, ~1], [1, ~2], [10, 20, 30]);
        Assert.Equal(5, tree.Evaluate([2f, 0f]));   // 2 <= 2: leaf 0, times weight 0.5
        Assert.Equal(10, tree.Evaluate([3f, 5f]));  // right, then 5 <= 5: leaf 1
        Assert.Equal(15, tree.Evaluate([3f, 6f]));  // right, right: leaf 2
    }

    [Fact]
    public void A_model_round_trips_through_its_file_and_refuses_other_features_or_broken_trees()
    {
        var path = _dir.File("model.json");
        LowLinkDensityModel().Save(path);
        var loaded = BlockClassifierModel.Load(path);
        var vector = new float[BlockFeatures.Names.Length];
        Assert.True(loaded.IsArticleText(vector));
        vector[Feature("linkDensity")] = 0.9f;
        Assert.False(loaded.IsArticleText(vector));

        Assert.Throws<InvalidDataException>(() => new BlockClassifierModel(["logChars"], 0, 0, []));
        Assert.Throws<InvalidDataException>(() => new BlockClassifierModel(BlockFeatures.Names, 0, 0,
            [new BlockTree(1, [0], [0f], [0], [~1], [1, 2])])); // a node pointing at itself
        File.WriteAllText(path, "{\"format\":\"something-else\"}");
        Assert.Throws<InvalidDataException>(() => BlockClassifierModel.Load(path));
    }

    [Fact]
    public void The_extractor_writes_the_blocks_the_classifier_keeps_in_page_order()
    {
        const string html = """
            <html><head><title>Town fair results</title></head><body>
            <div class="menu"><a href="/">Home</a> <a href="/fair">Fair</a> <a href="/results">Results</a></div>
            <div class="card"><p>The biggest pumpkin weighed 310 kilograms and came from a farm on the ridge road.</p></div>
            <div class="card"><p>The pie contest went to a baker who has entered every year since the fair began.</p></div>
            <div class="card"><p>Next year the fair moves to the riverside meadow while the showground is rebuilt.</p></div>
            </body></html>
            """;
        var extractor = new HtmlArticleExtractor(new HtmlExtractionOptions { BlockClassifier = LowLinkDensityModel() });

        var text = extractor.Extract(html).Text;

        Assert.Equal(
            "The biggest pumpkin weighed 310 kilograms and came from a farm on the ridge road.\n\n"
            + "The pie contest went to a baker who has entered every year since the fair began.\n\n"
            + "Next year the fair moves to the riverside meadow while the showground is rebuilt.", text);
    }

    [Fact]
    public void Blocks_carry_whether_the_rules_kept_them_and_their_markup()
    {
        const string html = """
            <html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><p>The ferry timetable changes on Monday, with two extra sailings in the evening for commuters.</p>
            <p>Tickets bought before the change stay valid, the operator said in a statement on Friday.</p></article></body></html>
            """;
        var page = new HtmlArticleExtractor(new HtmlExtractionOptions { BlockClassifier = null }).ReadBlocks(html);

        Assert.Equal(3, page.Blocks.Count);
        Assert.Equal("Home News", page.Blocks[0].Text);
        Assert.True(page.Blocks[0].Context.HasFlag(BlockContext.Nav));
        Assert.Equal(1f, page.Features[0][Feature("linkDensity")]);
        Assert.Equal(0f, page.Features[0][Feature("inRuleText")]);
        Assert.Equal(1f, page.Features[1][Feature("inRuleText")]);
        Assert.Equal(1f, page.Features[2][Feature("in:Article")]);
    }

    [Fact]
    public void Blocks_are_labelled_by_the_main_text_in_order_or_mostly_for_long_blocks()
    {
        var labeler = new BlockLabeler("The council met on Monday. It approved the new bridge over the river after a long debate about its cost and design.");
        Assert.True(labeler.IsMainContent("the council met on monday"));
        Assert.False(labeler.IsMainContent("Monday the council met"));           // short and out of order
        Assert.True(labeler.IsMainContent("It approved a new bridge over the river after the long debate about cost and design"));
        Assert.False(labeler.IsMainContent("Subscribe to our newsletter"));
    }
}
