using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class PublicationDateSourcesTests
{
    private static ExtractedPage Extract(string html) => new HtmlArticleExtractor().Extract(html);

    [Fact]
    public void A_date_label_alone_finds_its_date_beside_it()
    {
        var page = Extract("""
            <html><body><article><h1>Harbour wall repaired</h1>
            <div class="post-info"><span class="label">Posted on</span> <span>March 4, 2023</span></div>
            <p>Work on the harbour wall finished a week early, the council said on Friday.</p></article></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2023, 3, 4, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("text", page.Sources.PublishedAt);
    }

    [Fact]
    public void A_publication_meta_tag_under_an_unlisted_name_is_read_and_an_update_one_is_not()
    {
        var page = Extract("""
            <html><head><meta name="x-updated-date" content="2024-06-01T10:00:00Z"><meta name="x-published-date" content="2021-02-16T08:00:00Z">
            <meta name="publisher-date-note" content="2020-01-01"></head>
            <body><h1>Budget passed</h1><p>The council passed the budget after a long debate on Tuesday.</p></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2021, 2, 16, 8, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("meta:x-published-date", page.Sources.PublishedAt);
    }

    [Fact]
    public void The_article_own_footer_and_page_builder_blocks_are_not_other_stories()
    {
        var page = Extract("""
            <html><body>
            <div class="builder-widget-container"><h1>Library opens late on Thursdays</h1></div>
            <article><p>The library will stay open until nine on Thursdays from next month.</p>
              <div class="builder-widget-container"><footer class="entry-meta">By <a rel="author" href="/author/ines-haro">Ines Haro</a> <time datetime="2022-09-12">September 12, 2022</time></footer></div>
            </article>
            <footer class="site-footer"><time datetime="2025-01-01">January 1, 2025</time></footer>
            </body></html>
            """);
        Assert.Equal(new DateTimeOffset(2022, 9, 12, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("Ines Haro", page.Author);
    }
}
