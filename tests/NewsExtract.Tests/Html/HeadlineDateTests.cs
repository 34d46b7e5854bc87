using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class HeadlineDateTests
{
    private static ExtractedPage Extract(string html) => new HtmlArticleExtractor().Extract(html, new Uri("https://lakeshire.example/blog/ferry-landing"));

    [Fact]
    public void A_date_printed_alone_under_the_headline_is_the_publication_date()
    {
        var page = Extract("""
            <html><body><nav><a href="/">Home</a></nav>
            <div class="hero"><h1>New ferry landing opens in Lakeshire</h1><div class="hero-info"><a href="/authors/ann-lee">Ann Lee</a> · <span>March 17, 2025</span> · 4 min read</div></div>
            <div class="content"><p>The new ferry landing opened on Monday after eight months of work on the old pier.</p>
            <p>Boats from the islands can now dock at low tide, the harbour master said.</p></div></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2025, 3, 17, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("text:headline", page.Sources.PublishedAt);
    }

    [Fact]
    public void A_date_line_just_above_the_headline_counts_too()
    {
        var page = Extract("""
            <html><body><header><a href="/">Lakeshire Herald</a></header>
            <section><p class="kicker">Dec 12, 2025</p><h1>Night buses return to the coast road</h1>
            <p>Night buses will run along the coast road again from next week, the operator said on Friday.</p></section></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2025, 12, 12, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("text:headline", page.Sources.PublishedAt);
    }

    [Fact]
    public void Update_lines_linked_dates_and_other_stories_near_the_headline_are_passed_over()
    {
        var page = Extract("""
            <html><body>
            <h1>Council approves harbour repairs</h1>
            <p>Updated January 4, 2026</p>
            <ul class="related-posts"><li><span>June 2, 2024</span></li></ul>
            <p><a href="/blog/older">Older story, May 5, 2023</a></p>
            <p>The council approved the repairs on Tuesday after a long debate about the cost of the new walls.</p>
            </body></html>
            """);
        Assert.NotEqual("text:headline", page.Sources.PublishedAt);
        Assert.NotEqual(new DateTimeOffset(2024, 6, 2, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.NotEqual(new DateTimeOffset(2023, 5, 5, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
    }

    [Fact]
    public void A_date_in_the_markup_still_wins_over_one_beside_the_headline()
    {
        var page = Extract("""
            <html><head><meta property="article:published_time" content="2025-03-16T22:00:00+01:00"></head><body>
            <h1>New ferry landing opens in Lakeshire</h1><div>March 17, 2025</div>
            <p>The new ferry landing opened on Monday after eight months of work on the old pier.</p></body></html>
            """);
        Assert.Equal("meta:article:published_time", page.Sources.PublishedAt);
    }
}
