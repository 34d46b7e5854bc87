using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class DateLineLabelTests
{
    private static ExtractedPage Extract(string html) => new HtmlArticleExtractor().Extract(html, new Uri("https://pinecove.example/reading/winter-novels"));

    [Fact]
    public void A_date_printed_before_an_update_label_in_the_same_line_is_the_publication()
    {
        var page = Extract("""
            <html><body><h1>Five winter novels to read by the fire</h1>
            <p class="byline">Interview by <a href="/people/ivo-brandt">Ivo Brandt</a></p>
            <p class="date">December 3, 2025. <i>Updated: December 7, 2025</i></p>
            <p>Ivo Brandt chose five novels set in long northern winters, from a lighthouse story to a city under snow.</p></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2025, 12, 3, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("text", page.Sources.PublishedAt);
    }

    [Fact]
    public void Todays_date_in_the_page_header_is_not_the_publication()
    {
        var page = Extract("""
            <html><body><header><div id="block-date" class="block-date"><p id="todays-date"><strong>Friday</strong>, December 19, 2025</p></div></header>
            <main><h1>How a snow day changes a school budget</h1><div>December 12, 2025</div>
            <p>Each closed day costs the district less than people think, its finance officer said at the meeting.</p></main></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2025, 12, 12, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
    }
}
