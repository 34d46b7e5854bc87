using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class BylineDateTests
{
    private static ExtractedPage Extract(string html) => new HtmlArticleExtractor().Extract(html, new Uri("https://millbrook.example/notes/orchard-survey"));

    private static readonly string Filler = string.Concat(Enumerable.Range(1, 70).Select(i => $"<span>tag {i}</span>"));

    [Fact]
    public void A_date_on_the_line_beside_the_byline_far_from_the_headline_is_the_publication_date()
    {
        var page = Extract($"""
            <html><body><h1>What the orchard survey found this spring</h1>
            <div class="tags">{Filler}</div>
            <div><div><p>Written by <a href="/author/tom-reed">Tom Reed</a></p><p>April 8, 2024</p></div></div>
            <div class="content"><p>Volunteers counted the old apple trees along the river path for the third year running.</p></div>
            </body></html>
            """);
        Assert.Equal(new DateTimeOffset(2024, 4, 8, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("text:byline", page.Sources.PublishedAt);
    }

    [Fact]
    public void A_customer_reviews_date_beside_the_reviewers_name_is_passed_over()
    {
        var page = Extract("""
            <html><body><h2>Folding garden chair, a season later</h2>
            <div class="product-reviews"><div class="entry"><div class="when">03/04/2024</div><strong class="author">Sam P.</strong><p>Sturdy enough.</p></div></div>
            <div class="note"><span class="author">Tom Reed</span> <span>June 5, 2025</span></div>
            <p>The chair we bought last spring still folds flat and has not rusted in the shed.</p>
            </body></html>
            """);
        Assert.Equal(new DateTimeOffset(2025, 6, 5, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
    }

    [Fact]
    public void A_members_join_date_beside_the_username_is_not_the_publication_date()
    {
        var page = Extract("""
            <html><body><h2>Which pruning saw for old pear trees?</h2>
            <div class="post"><div class="profile"><a class="username" href="/member/42">treegrower</a> Posts: 138 Joined: 4. Jul 2012</div>
            <div class="content">My old saw has given up. Which one would you buy for thick branches?</div></div>
            </body></html>
            """);
        Assert.Null(page.PublishedAt);
    }
}
