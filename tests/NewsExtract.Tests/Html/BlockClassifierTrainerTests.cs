using NewsExtract.Ingestion.Html;
using NewsExtract.Ingestion.Html.Benchmark;
using NewsExtract.Training.Html;

namespace NewsExtract.Tests.Html;

public sealed class BlockClassifierTrainerTests
{
    private static readonly string[] Places = ["harbour", "market", "library", "station", "bridge", "school", "park", "museum"];

    /// <summary>A made-up page: a menu of links, three story paragraphs, a footer line; the main text is the paragraphs.</summary>
    private static (string Html, string Main) Page(int n)
    {
        var place = Places[n % Places.Length];
        var paragraphs = Enumerable.Range(0, 3).Select(i =>
            $"The {place} reopened on day {n + i}, and residents said the work, which took longer than planned, was worth the wait.").ToList();
        var html = $"""
            <html><body><div class="menu"><a href="/">Home</a> <a href="/{place}">{place}</a> <a href="/about">About us</a></div>
            <div class="story">{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}</div>
            <div class="footer-links"><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></div></body></html>
            """;
        return (html, string.Join("\n\n", paragraphs));
    }

    [Fact]
    public void Trained_trees_score_as_ml_net_does_and_keep_story_lines_over_link_lists()
    {
        var extractor = new HtmlArticleExtractor(new HtmlExtractionOptions { BlockClassifier = null });
        var pages = Enumerable.Range(0, 40).Select(n =>
        {
            var (html, main) = Page(n);
            var blocks = extractor.ReadBlocks(html);
            var labeler = new BlockLabeler(main);
            var page = new BenchmarkPage { Id = n.ToString(), HtmlPath = "", PageType = "article", Domain = $"site{n}.example", Body = main };
            return new LabelledPage(page, blocks, blocks.Blocks.Select(b => labeler.IsMainContent(b.Text)).ToArray());
        }).ToList();
        Assert.All(pages, p => Assert.Equal([false, true, true, true, false], p.Labels));

        // Train checks every exported tree against ML.NET's own scores and throws on a difference.
        var trainer = new BlockClassifierTrainer(new BlockTrainingOptions { Trees = 5, Leaves = 4, MinExamplesPerLeaf = 5 }, _ => { });
        var model = trainer.Train(pages, threshold: 0);

        var (unseen, main) = Page(99);
        var text = new HtmlArticleExtractor(new HtmlExtractionOptions { BlockClassifier = model }).Extract(unseen).Text;
        Assert.Equal(main, text);
    }
}
