using NewsExtract.Ingestion.Html;
using NewsExtract.Ingestion.Html.Blocks;

namespace NewsExtract.Tests.Html;

public sealed class BlockFeaturesTests
{
    private static int Feature(string name) => Array.IndexOf(BlockFeatures.Names, name);

    [Fact]
    public void Blocks_know_how_far_the_rules_body_and_the_headline_are_and_whether_their_text_repeats()
    {
        const string html = """
            <html><head><meta property="og:type" content="article"><title>Ferry timetable changes</title></head><body>
            <div class="top"><a href="/subscribe">Subscribe</a></div>
            <h1>Ferry timetable changes</h1>
            <article><p>The ferry timetable changes on Monday, with two extra sailings in the evening for commuters and visitors.</p>
            <p>Tickets bought before the change stay valid, the operator said in a statement on Friday afternoon.</p>
            <p>The first morning sailing moves twenty minutes earlier so that it meets the train to the city.</p></article>
            <div class="bottom"><a href="/subscribe">Subscribe</a></div>
            </body></html>
            """;
        var page = new HtmlArticleExtractor(new HtmlExtractionOptions { BlockClassifier = null }).ReadBlocks(html);
        var texts = page.Blocks.Select(b => b.Text).ToList();
        var first = texts.IndexOf("Subscribe");
        var last = texts.LastIndexOf("Subscribe");
        var body = texts.FindIndex(t => t.StartsWith("Tickets", StringComparison.Ordinal));

        Assert.Equal(1f, page.Features[body][Feature("insideRuleSpan")]);
        Assert.Equal(0f, page.Features[body][Feature("logBlocksToRule")]);
        Assert.Equal(0f, page.Features[first][Feature("insideRuleSpan")]);
        Assert.True(page.Features[first][Feature("logBlocksToRule")] > 0);
        Assert.Equal(1f, page.Features[body][Feature("afterTitle")]);
        Assert.Equal(0f, page.Features[first][Feature("afterTitle")]);
        Assert.Equal(1f, page.Features[first][Feature("repeatedText")]);
        Assert.Equal(1f, page.Features[last][Feature("repeatedText")]);
        Assert.Equal(0f, page.Features[body][Feature("repeatedText")]);
        Assert.Equal(1f, page.Features[body][Feature("pageDeclaredArticle")]);
        // links' share of the characters of the blocks within three of it: the first "Subscribe" and the three after it
        var window = page.Blocks.Take(first + 4).ToList();
        Assert.Equal((float)window.Sum(b => b.LinkChars) / window.Sum(b => b.Chars), page.Features[first][Feature("windowLinkDensity")], 4);
    }
}
