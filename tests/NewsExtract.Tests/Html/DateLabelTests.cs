using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class DateLabelTests
{
    private static ExtractedPage Extract(string html) => new HtmlArticleExtractor().Extract(html, new Uri("https://millbrook.example/notes/pear-trees"));

    private static readonly string Filler = string.Concat(Enumerable.Range(1, 70).Select(i => $"<span>tag {i}</span>"));

    [Fact]
    public void A_post_time_label_in_an_unnamed_element_gives_the_publication_date_not_the_modified_one()
    {
        var page = Extract($$"""
            <html><head><meta property="article:modified_time" content="2025-11-02T08:00:00+00:00"></head><body>
            <h1>Pruning the old pear trees</h1>
            <p>The pear trees by the gate were pruned in the first frost, as the old growers advise.</p>
            <div class="tags">{{Filler}}</div>
            <div style="text-align:right">Post time: 01-04-2024</div>
            </body></html>
            """);
        Assert.Equal(new DateTimeOffset(2024, 1, 4, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
    }

    [Fact]
    public void An_originally_published_note_wins_over_the_date_shown_for_the_current_version()
    {
        var page = Extract("""
            <html><body><h1>Living in a garden cabin</h1>
            <div class="byline"><span>Jo Hart</span> <p class="post-date">30 Sep 2022, 11:07am</p></div>
            <p>A garden cabin costs less to heat than most people think, and it can be built in a summer.</p>
            <p class="publish-date-note">This story was originally published on 26 Sep 2019 and has been updated since.</p>
            </body></html>
            """);
        Assert.Equal(new DateTimeOffset(2019, 9, 26, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
    }
}
