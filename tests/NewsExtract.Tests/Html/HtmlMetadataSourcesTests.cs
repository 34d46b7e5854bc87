using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class HtmlMetadataSourcesTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    private const string Paragraphs = """
        <p>The river authority opened the new flood barrier on Monday, two years after the storm that closed the lower town for a week.</p>
        <p>Engineers said the barrier, which rises from the river bed in eight minutes, is tested every month and was built to last a century.</p>
        """;

    [Fact]
    public void A_printed_publication_date_wins_over_the_update_date_and_the_comments_dates()
    {
        var html = $$"""
            <html lang="en-gb"><head><title>Flood barrier opens | Riverside Post</title>
            <link rel="canonical" href="https://riverside.example/news/flood-barrier">
            <meta property="article:modified_time" content="2024-06-01T09:00:00+01:00">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood barrier opens","dateModified":"2024-06-01"}</script>
            </head><body>
            <article><h1>Flood barrier opens</h1>
            <div class="story-info"><span>Published on March 3, 2024</span> · <span>Updated June 1, 2024</span></div>
            {{Paragraphs}}
            </article>
            <section class="comments"><time datetime="2024-02-11T10:00:00Z">11 Feb</time><p>First!</p></section>
            </body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Equal(new DateTime(2024, 3, 3), page.PublishedAt?.Date);
        Assert.Equal("text", page.Sources.PublishedAt);
        Assert.Equal(("Flood barrier opens", "h1"), (page.Title, page.Sources.Title));
        Assert.Equal(("https://riverside.example/news/flood-barrier", "link:canonical"), (page.CanonicalUrl, page.Sources.CanonicalUrl));
        Assert.Equal(("en-GB", "html:lang"), (page.Language, page.Sources.Language));
    }

    [Fact]
    public void Without_any_publication_date_the_modified_date_is_taken_and_named_as_such()
    {
        var html = $$"""
            <html><head><title>Flood barrier opens</title>
            <meta property="article:modified_time" content="2024-06-01T09:00:00+01:00"></head>
            <body><article><h1>Flood barrier opens</h1>{{Paragraphs}}</article></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Equal(new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.FromHours(1)), page.PublishedAt);
        Assert.Equal("meta:article:modified_time", page.Sources.PublishedAt);
    }

    [Fact]
    public void A_json_ld_publication_date_keeps_its_time_zone()
    {
        var html = $$"""
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Riverside Post"},
             {"@type":"NewsArticle","headline":"Flood barrier opens","datePublished":"2024-03-03T22:15:00-05:00","dateModified":"2024-06-01T08:00:00Z",
              "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}]}]}
            </script></head><body><article><h1>Flood barrier opens</h1>{{Paragraphs}}</article></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Equal(new DateTimeOffset(2024, 3, 3, 22, 15, 0, TimeSpan.FromHours(-5)), page.PublishedAt);
        Assert.Equal("json-ld:datePublished", page.Sources.PublishedAt);
        Assert.Equal(["Ann Lee", "Bo Chan"], page.Authors);
        Assert.Equal("Ann Lee, Bo Chan", page.Author);
        Assert.Equal("json-ld:author", page.Sources.Author);
    }

    [Fact]
    public void A_printed_byline_gives_the_name_without_the_label_the_job_or_the_date()
    {
        var html = $$"""
            <html><head><title>Flood barrier opens</title>
            <script type="application/ld+json">{"@type":"Article","headline":"Flood barrier opens","author":{"@type":"Organization","name":"Riverside Post"} }</script>
            </head><body><article><h1>Flood barrier opens</h1>
            <div class="byline"><span>By</span> <a href="/author/ann-lee">Ann Lee</a><span>River correspondent</span><span>March 3, 2024</span></div>
            {{Paragraphs}}</article>
            <aside class="related"><div class="byline">By Someone Else</div></aside></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Equal("Ann Lee", page.Author);
        Assert.Equal("byline", page.Sources.Author);
    }

    [Theory]
    [InlineData("Posted by Ann Lee on Friday December 19, 2025 @08:00", "Ann Lee")]
    [InlineData("Written by | Ann Lee | River correspondent", "Ann Lee")]
    [InlineData("via annlee 1 year ago", "annlee")]
    [InlineData("Topic Author", null)]
    [InlineData("March 3, 2024", null)]
    public void Bylines_are_cleaned_to_the_name(string byline, string? expected) =>
        Assert.Equal(expected, PageMetadataReader.CleanByline(byline));
}
