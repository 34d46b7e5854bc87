using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class HtmlArticleExtractorTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    [Fact]
    public void Keeps_every_body_paragraph_in_order_separated_by_blank_lines()
    {
        var page = Extractor.Extract(NewsPageFixtures.Full);

        var paragraphs = page.Text.Split("\n\n");
        string[] expected =
        [
            NewsPageFixtures.BodyOne, NewsPageFixtures.BodyTwo, NewsPageFixtures.BodyThree + " & that\u2019s all.",
            NewsPageFixtures.SubHeading, NewsPageFixtures.BodyFour,
        ];
        Assert.Equal(expected, paragraphs);
    }

    [Theory]
    [InlineData("cookies")]                       // cookie banner
    [InlineData("Sport")]                         // navigation menu
    [InlineData("Share on")]                      // share bar
    [InlineData("stone bridge")]                  // figure caption
    [InlineData("calendar")]                      // advertisement block
    [InlineData("ADVERTISEMENT")]                 // advertisement label paragraph
    [InlineData("Ferry timetable")]               // related links
    [InlineData("taxpayers")]                     // comments
    [InlineData("Storm warning")]                 // sidebar
    [InlineData("All rights reserved")]           // footer
    [InlineData("By Jonas Berg")]                 // byline
    [InlineData("Lakeshire council approves")]    // the headline is the title, not body text
    [InlineData("script")]                        // script content
    public void Leaves_out_page_furniture(string furniture)
    {
        var page = Extractor.Extract(NewsPageFixtures.Full);
        Assert.DoesNotContain(furniture, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_title_date_author_canonical_and_language()
    {
        var page = Extractor.Extract(NewsPageFixtures.Full, new Uri("https://courier.example/some/other/path"));

        Assert.Equal("Lakeshire council approves road and bridge budget", page.Title);
        // JSON-LD datePublished wins over the OpenGraph tag and the URL.
        Assert.Equal(new DateTimeOffset(2019, 3, 5, 18, 30, 0, TimeSpan.FromHours(1)), page.PublishedAt);
        Assert.Equal("Jonas Berg", page.Author);
        Assert.Equal("https://courier.example/news/2019/03/05/council-budget", page.CanonicalUrl);
        Assert.Equal("en-GB", page.Language);
    }

    [Fact]
    public void Falls_back_to_open_graph_date_and_og_url_when_json_ld_and_canonical_are_missing()
    {
        var html = NewsPageFixtures.Full
            .Replace("\"datePublished\":\"2019-03-05T18:30:00+01:00\",", "", StringComparison.Ordinal)
            .Replace("<link rel=\"canonical\" href=\"https://courier.example/news/2019/03/05/council-budget\">", "", StringComparison.Ordinal)
            .Replace("<html lang=\"en-GB\">", "<html>", StringComparison.Ordinal);

        var page = Extractor.Extract(html);

        Assert.Equal(new DateTimeOffset(2019, 3, 6, 10, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("https://courier.example/og-url-should-lose", page.CanonicalUrl);
        Assert.Equal("en-GB", page.Language); // from og:locale en_GB
    }

    [Fact]
    public void Finds_the_date_in_a_time_element_when_there_is_no_metadata()
    {
        var page = Extractor.Extract(NewsPageFixtures.WithTimeOnly);

        Assert.Equal(new DateTimeOffset(2020, 7, 14, 8, 15, 0, TimeSpan.FromHours(2)), page.PublishedAt);
        Assert.Equal("Harbour reopens", page.Title);
        Assert.Contains(NewsPageFixtures.BodyTwo, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_the_date_in_the_url_path_when_the_page_has_none()
    {
        var page = Extractor.Extract(NewsPageFixtures.WithoutDate, new Uri("https://news.example/world/2018/12/30/some-story/"));

        Assert.Equal(new DateTimeOffset(2018, 12, 30, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("https://news.example/world/2018/12/30/some-story/", page.CanonicalUrl);
        Assert.Equal("ru", page.Language); // <html lang> comes before the content-language meta
    }

    [Fact]
    public void Has_no_date_when_neither_markup_url_nor_text_gives_one()
    {
        var page = Extractor.Extract(NewsPageFixtures.WithoutDate, new Uri("https://news.example/world/some-story"));
        Assert.Null(page.PublishedAt);
    }

    [Fact]
    public void Finds_a_cyrillic_dateline_date_and_keeps_the_cyrillic_body()
    {
        var page = Extractor.Extract(NewsPageFixtures.CyrillicDateline);

        Assert.Equal(new DateTimeOffset(2018, 12, 30, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.StartsWith("МОСКВА, 30 декабря 2018.", page.Text, StringComparison.Ordinal);
        Assert.Contains("дорожную карту", page.Text, StringComparison.Ordinal);
        Assert.Equal("Министры обсудили торговлю", page.Title);
        Assert.Null(page.Language);
    }

    [Fact]
    public void Body_xpath_override_pins_the_body()
    {
        var extractor = new HtmlArticleExtractor(new HtmlExtractionOptions { BodyXPath = "//section[@id='comments']" });
        var page = extractor.Extract(NewsPageFixtures.Full);

        Assert.Contains("taxpayers", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(NewsPageFixtures.BodyOne, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_and_date_xpath_overrides_win()
    {
        var extractor = new HtmlArticleExtractor(new HtmlExtractionOptions
        {
            TitleXPath = "//h3[1]",
            DateXPath = "//footer/p",
        });
        var page = extractor.Extract(NewsPageFixtures.Full.Replace("Copyright 2019", "Updated 2 April 2021.", StringComparison.Ordinal));

        Assert.Equal("Related stories", page.Title);
        Assert.Equal(new DateTimeOffset(2021, 4, 2, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
    }

    [Fact]
    public void An_invalid_xpath_override_is_a_clear_argument_error()
    {
        var extractor = new HtmlArticleExtractor(new HtmlExtractionOptions { BodyXPath = "//div[" });
        var error = Assert.Throws<ArgumentException>(() => extractor.Extract(NewsPageFixtures.Full));
        Assert.Contains("XPath", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("just some text, no markup at all")]
    [InlineData("<html><body><div><div><div></div></div></div></body></html>")]
    [InlineData("<p>unclosed <b>tags <i>everywhere")]
    public void Odd_input_gives_a_result_instead_of_an_exception(string html)
    {
        var page = Extractor.Extract(html);
        Assert.NotNull(page.Text);
    }

    [Fact]
    public void Deep_nesting_is_handled_and_runaway_nesting_is_a_clear_error()
    {
        static string Nested(int depth) => "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>"
            + NewsPageFixtures.BodyOne + "</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        Assert.Equal(NewsPageFixtures.BodyOne, Extractor.Extract(Nested(1000)).Text);
        var error = Assert.Throws<InvalidDataException>(() => Extractor.Extract(Nested(HtmlArticleExtractor.MaxNesting + 100)));
        Assert.Contains("cannot be parsed", error.Message, StringComparison.Ordinal);
    }
}
