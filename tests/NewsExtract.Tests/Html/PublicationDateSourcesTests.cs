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

    [Fact]
    public void A_footer_class_that_names_the_entry_holds_its_date_and_the_site_footer_does_not()
    {
        var page = Extract("""
            <html><body>
            <div class="story-body"><h1>Bridge closed for repairs</h1>
              <p>The old bridge will be closed to cars for three weeks while the deck is resurfaced, the council said.</p>
              <div class="entry-footer-main"><span class="entry-date"><time datetime="2023-10-09T07:30:00Z">October 9, 2023</time></span></div>
            </div>
            <div class="site-footer"><time datetime="2025-01-01">January 1, 2025</time></div>
            </body></html>
            """);
        Assert.Equal(new DateTimeOffset(2023, 10, 9, 7, 30, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("time", page.Sources.PublishedAt);

        var siteFooterOnly = Extract("""
            <html><body><div class="story-body"><h1>Bridge closed for repairs</h1>
            <p>The old bridge will be closed to cars for three weeks while the deck is resurfaced, the council said.</p></div>
            <div class="site-footer"><time datetime="2025-01-01">January 1, 2025</time></div></body></html>
            """);
        Assert.Null(siteFooterOnly.PublishedAt);
    }

    [Fact]
    public void A_json_ld_block_with_a_line_break_typed_inside_a_string_is_still_read()
    {
        var page = Extract("""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
            "headline":"Which tent for a wet weekend?","description":"Looking for a tent
            that copes with two days of rain.","datePublished":"2024-03-11 18:20:00"}</script></head>
            <body><h1>Which tent for a wet weekend?</h1><p>Looking for a tent that copes with two days of rain on the moor.</p></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2024, 3, 11, 18, 20, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("json-ld:datePublished", page.Sources.PublishedAt);
    }

    [Theory]
    [InlineData("{\"a\":\"one\ntwo\"}", "{\"a\":\"one two\"}")]
    [InlineData("{\"a\":\"tab\there\",\n\"b\":1}", "{\"a\":\"tab here\",\n\"b\":1}")]
    [InlineData("{\"a\":\"quote \\\" and\nbreak\"}", "{\"a\":\"quote \\\" and break\"}")]
    [InlineData("{\"a\":1,\n\"b\":2}", null)]
    public void Raw_control_characters_are_repaired_only_inside_strings(string json, string? expected)
    {
        Assert.Equal(expected, JsonLdStrings.WithoutRawControls(json));
    }

    [Fact]
    public void A_meta_tag_named_published_with_a_printed_date_is_the_publication()
    {
        var page = Extract("""
            <html><head><meta name="published" content="July 3, 2025"><meta name="category" content="Guides"></head>
            <body><h1>Choosing a sleeping bag</h1><p>A bag rated five degrees below the coldest night you expect is a safe choice.</p></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2025, 7, 3, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("meta:published", page.Sources.PublishedAt);
    }

    [Fact]
    public void A_printed_publication_day_earlier_than_the_json_ld_one_wins_and_a_day_apart_or_a_later_one_does_not()
    {
        static string Page(string printed) => $$"""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Ferry timetable changes","datePublished":"2025-06-24T09:00:00Z"}</script></head>
            <body><article><h1>Ferry timetable changes</h1><div class="post-meta"><span class="post-date">{{printed}}</span></div>
            <p>The morning ferry will leave twenty minutes earlier from the first of next month, the operator said.</p></article></body></html>
            """;
        var republished = Extract(Page("August 25, 2024"));
        Assert.Equal(new DateTimeOffset(2024, 8, 25, 0, 0, 0, TimeSpan.Zero), republished.PublishedAt);
        Assert.Equal("text", republished.Sources.PublishedAt);

        var dayBefore = Extract(Page("June 23, 2025"));
        Assert.Equal(new DateTimeOffset(2025, 6, 24, 9, 0, 0, TimeSpan.Zero), dayBefore.PublishedAt);
        Assert.Equal("json-ld:datePublished", dayBefore.Sources.PublishedAt);

        var later = Extract(Page("July 30, 2025"));
        Assert.Equal("json-ld:datePublished", later.Sources.PublishedAt);

        var updated = Extract(Page("Updated August 25, 2024"));
        Assert.Equal("json-ld:datePublished", updated.Sources.PublishedAt);
    }

    [Fact]
    public void The_date_of_a_teaser_card_for_another_story_does_not_replace_the_json_ld_date()
    {
        var page = Extract("""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Invoices without paper","datePublished":"2025-09-12T10:00:00Z"}</script></head>
            <body><h1>Invoices without paper</h1>
            <p>Scanning every invoice as it arrives saves the accounts team a day a week, the finance director said.</p>
            <a href="/other-story"><div class="card"><h3>Budgeting for small teams</h3><p class="card-date">May 8, 2024</p></div></a>
            </body></html>
            """);
        Assert.Equal(new DateTimeOffset(2025, 9, 12, 10, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("json-ld:datePublished", page.Sources.PublishedAt);
    }

    [Fact]
    public void A_forum_thread_last_post_date_is_not_its_publication()
    {
        var page = Extract("""
            <html><body><h1>Would you change careers at forty?</h1>
            <div class="thread-meta"><p>12 answers</p><p>Last post: 01/12/2025 at 6:49 pm</p></div>
            <div class="post"><div class="x1">Mod Jo</div><div class="x2">28/11/2025 at 7:07 pm</div>
            <p>I have been thinking about retraining as a nursery teacher and would love to hear from anyone who did.</p></div>
            </body></html>
            """);
        Assert.Equal(new DateOnly(2025, 11, 28), DateOnly.FromDateTime(page.PublishedAt!.Value.DateTime));
        Assert.Equal("text:headline", page.Sources.PublishedAt);
    }

    [Fact]
    public void A_time_beside_the_headline_wins_over_an_earlier_one_in_a_header_menu()
    {
        var page = Extract("""
            <html><body>
            <header><div class="mega-menu"><div class="latest"><div><span>Latest</span><time datetime="2025-01-31T12:00:00Z">01/31/2025</time></div></div>
            <ul class="menu"><li><span>Events</span></li><li><span>Courses</span></li><li><span>Star charts</span></li><li><span>Clubs</span></li>
            <li><span>Gear</span></li><li><span>Guides</span></li><li><span>Shop</span></li><li><span>About</span></li></ul></div></header>
            <main><article><h1>Choosing a first telescope</h1>
            <div class="node-meta"><time datetime="2017-03-01T12:00:00Z">03/01/2017</time> by Ada Ruiz</div>
            <p>A small refractor on a steady mount shows more than a large mirror on a shaky one, club members advise.</p></article></main>
            </body></html>
            """);
        Assert.Equal(new DateTimeOffset(2017, 3, 1, 12, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("time", page.Sources.PublishedAt);
    }

    [Fact]
    public void A_url_that_spells_the_month_out_decides_the_order_of_day_and_month_printed_as_numbers()
    {
        var page = Extract("""
            <html><body><article><h1>Six styles of cider</h1>
            <div class="blog-date">03/10/2023</div>
            <p>Cider ranges from dry farmhouse styles to sweet sparkling ones, and each suits different food.</p></article></body></html>
            """, "https://example.org/blog/2023/october/03/six-styles-of-cider");
        Assert.Equal(new DateTimeOffset(2023, 10, 3, 0, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("url", page.Sources.PublishedAt);
    }

    private static ExtractedPage Extract(string html, string url) => new HtmlArticleExtractor().Extract(html, new Uri(url));
}
