using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class UpdateLabelTests
{
    private static ExtractedPage Extract(string html, string url) => new HtmlArticleExtractor().Extract(html, new Uri(url));

    [Fact]
    public void A_date_after_an_update_label_in_its_own_element_is_not_the_publication()
    {
        var page = Extract("""
            <html><body><h1>Choosing a rain barrel for a small garden</h1>
            <div class="article-date-info"><span class="meta-heading">Updated on</span> <span class="meta-value">March 3, 2026</span></div>
            <p>A rain barrel under the shed gutter can water a small vegetable bed for most of the summer.</p>
            <p>Pick one with a lid and a tap near the bottom, and raise it on blocks so a watering can fits under.</p></body></html>
            """, "https://mossgate.example/2019/05/02/rain-barrels");
        Assert.Equal(new DateTimeOffset(2019, 5, 2, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("url", page.Sources.PublishedAt);
    }

    [Fact]
    public void A_time_element_after_an_update_label_beside_the_headline_is_an_update()
    {
        var page = Extract("""
            <html><body><h1>The quietest desk fans we tried</h1>
            <div class="intro"><div>Updated <time datetime="2026-01-16T00:00:00-05:00">January 16, 2026</time></div></div>
            <p>We ran eleven desk fans side by side in a small office for two weeks and measured how loud each one was.</p></body></html>
            """, "https://quietbench.example/reviews/desk-fans");
        Assert.Equal("time:updated", page.Sources.PublishedAt);
    }

    [Fact]
    public void The_date_after_a_publication_label_stays_the_publication_when_an_update_follows()
    {
        var page = Extract("""
            <html><body><h1>Ferry timetable changes for the winter</h1>
            <div class="story-line"><span>Published</span> <span class="date">May 2, 2024</span> · <span>Updated</span> <span class="date">June 1, 2024</span></div>
            <p>The winter timetable starts in November with two fewer crossings on weekdays, the operator said.</p></body></html>
            """, "https://lakeshire.example/news/ferry-timetable");
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
    }
}
