using HtmlAgilityPack;
using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class ArticleSideColumnTests
{
    [Fact]
    public void The_date_in_the_articles_own_side_column_is_the_publication()
    {
        var page = new HtmlArticleExtractor().Extract("""
            <html><body><div class="wrap"><h1>Twelve harbour towns worth a slow weekend</h1></div>
            <div class="single-post-sidebar"><div class="single-post-meta"><h4>Published</h4><div class="single-post-date">July 8, 2025</div></div></div>
            <div class="single-post-content"><p>We spent a summer on the coast road and stopped in every harbour town with a bakery and a ferry.</p>
            <p>These twelve were the ones we would drive back to for a quiet weekend.</p></div>
            <div class="recent-posts-sidebar"><ul><li><span class="post-date">August 1, 2025</span> Lighthouse walks</li></ul></div></body></html>
            """, new Uri("https://saltroad.example/guides/harbour-towns"));
        Assert.Equal(new DateTimeOffset(2025, 7, 8, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
    }

    [Theory]
    [InlineData("<div class='recent-posts-sidebar'><span class='post-date'>August 1, 2025</span></div>", true)]
    [InlineData("<aside class='sidebar'><span class='post-date'>August 1, 2025</span></aside>", true)]
    [InlineData("<aside class='ArticleAside'><span class='post-date'>August 1, 2025</span></aside>", false)]
    [InlineData("<div class='entry-sidebar'><span class='post-date'>August 1, 2025</span></div>", false)]
    public void Only_a_side_column_named_for_the_article_is_its_own(string html, bool elsewhere)
    {
        var document = new HtmlDocument();
        // the column beside an article (a column holding most of the page's text is its wrapper, see PageRegionTests)
        document.LoadHtml("<html><body><main><p>The ferry to the outer islands runs twice a day from the old harbour, and the crossing takes a little under an hour in calm weather.</p></main>"
            + html + "</body></html>");
        Assert.Equal(elsewhere, PageRegion.IsElsewhere(document.DocumentNode.SelectSingleNode("//span")!));
    }
}
