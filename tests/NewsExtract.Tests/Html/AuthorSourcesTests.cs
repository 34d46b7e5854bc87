using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class AuthorSourcesTests
{
    private static ExtractedPage Extract(string html, string url = "https://riverside-gazette.example/news/1") =>
        new HtmlArticleExtractor().Extract(html, new Uri(url));

    [Fact]
    public void A_person_in_the_byline_wins_over_an_author_meta_tag_that_is_the_site_name()
    {
        var page = Extract("""
            <html><head><meta name="author" content="Riverside Gazette"><meta property="og:site_name" content="Riverside Gazette"></head>
            <body><article><h1>Bridge closed for repairs</h1><p class="byline">By <a href="/author/noor-adler">Noor Adler</a></p>
            <p>The old bridge will be closed for three weeks while its deck is replaced.</p></article></body></html>
            """);
        Assert.Equal("Noor Adler", page.Author);
        Assert.Equal("byline", page.Sources.Author);
    }

    [Fact]
    public void The_site_name_is_the_author_when_nothing_names_a_person()
    {
        var page = Extract("""
            <html><head><meta name="author" content="Riverside Gazette"><meta property="og:site_name" content="Riverside Gazette"></head>
            <body><article><h1>Bridge closed for repairs</h1><p>The old bridge will be closed for three weeks.</p></article></body></html>
            """);
        Assert.Equal("Riverside Gazette", page.Author);
        Assert.Equal("meta:author", page.Sources.Author);
    }

    [Theory]
    [InlineData("Jul 11 | Written By | Noor Adler", "Noor Adler")]
    [InlineData("View all posts by Noor Adler", "Noor Adler")]
    [InlineData("Article by: Noor Adler", "Noor Adler")]
    [InlineData("sara.r.lind", "sara.r.lind")]
    [InlineData("By", null)]
    [InlineData("Written By", null)]
    [InlineData("View all posts", null)]
    [InlineData("About Our Expert", null)]
    [InlineData("Skip to Content", null)]
    [InlineData("page.head.extra.author", null)]
    [InlineData("{{ post.author }}", null)]
    [InlineData("Jun 2 | Written By", null)]
    [InlineData("Articles by Noor", "Noor")]
    [InlineData("Sign in", null)]
    [InlineData("m***a (61)", null)]
    public void Bylines_are_reduced_to_the_name(string byline, string? expected) =>
        Assert.Equal(expected, PageMetadataReader.CleanByline(byline));

    [Fact]
    public void A_byline_label_alone_takes_the_name_printed_beside_it()
    {
        var page = Extract("""
            <html><body><article><h1>Bridge closed for repairs</h1>
            <div class="meta"><span class="byline-label">By</span> <span>Noor Adler</span></div>
            <p>The old bridge will be closed for three weeks while its deck is replaced.</p></article></body></html>
            """);
        Assert.Equal("Noor Adler", page.Author);
    }

    [Fact]
    public void A_twitter_handle_alone_is_not_taken_as_the_author()
    {
        var page = Extract("""
            <html><head><meta name="twitter:creator" content="@rivgazette"></head>
            <body><article><h1>Bridge closed for repairs</h1><p>The old bridge will be closed for three weeks.</p></article></body></html>
            """);
        Assert.Null(page.Author);
    }

    [Fact]
    public void A_forum_thread_is_by_the_username_of_its_first_post_and_a_login_form_names_nobody()
    {
        var page = Extract("""
            <html><body>
            <form class="login"><label class="username-label">Username</label><input class="username" name="u"></form>
            <h1>Which glue for an oak shelf?</h1>
            <div class="post"><div class="postprofile"><a class="username" href="/member/4471">oak_fan</a></div>
              <div class="content">I want to glue two oak boards edge to edge. Which glue holds best?</div></div>
            <div class="post"><div class="postprofile"><a class="username" href="/member/12">carpenter_jo</a></div>
              <div class="content">A plain wood glue is enough if the edges are straight.</div></div>
            </body></html>
            """, "https://woodworkers-forum.example/t/oak-shelf");
        Assert.Equal("oak_fan", page.Author);
    }

    [Fact]
    public void A_twitter_card_written_by_pair_names_the_author_and_other_pairs_do_not()
    {
        var page = Extract("""
            <html><head><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">
            <meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Noor Adler"></head>
            <body><article><h1>Bridge closed for repairs</h1><p>The old bridge will be closed for three weeks while its deck is replaced.</p></article></body></html>
            """);
        Assert.Equal("Noor Adler", page.Author);
        Assert.Equal("meta:twitter:data2", page.Sources.Author);

        var unlabelled = Extract("""
            <html><head><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes"></head>
            <body><article><h1>Bridge closed for repairs</h1><p>The old bridge will be closed for three weeks.</p></article></body></html>
            """);
        Assert.Null(unlabelled.Author);
    }

    [Fact]
    public void A_short_by_line_beside_the_headline_names_the_author_and_one_in_another_story_does_not()
    {
        var page = Extract("""
            <html><body><main><h1>Bridge closed for repairs</h1><div class="hero-sub"><p>Feb 6, 2025</p><p>By Noor Adler · 3 min read</p></div>
            <p>The old bridge will be closed for three weeks while its deck is replaced, the council said.</p></main>
            <aside class="related-stories"><p>By Tomas Berg</p></aside></body></html>
            """);
        Assert.Equal("Noor Adler", page.Author);
        Assert.Equal("byline:headline", page.Sources.Author);

        var elsewhere = Extract("""
            <html><body><main><h1>Bridge closed for repairs</h1>
            <p>The old bridge will be closed for three weeks while its deck is replaced, the council said.</p></main>
            <aside class="related-stories"><p>By Tomas Berg</p></aside></body></html>
            """);
        Assert.Null(elsewhere.Author);
    }

    [Fact]
    public void A_label_alone_in_its_element_names_the_author_printed_in_the_next_element_or_text()
    {
        var page = Extract("""
            <html><body><main><h1>Bridge closed for repairs</h1>
            <p>The old bridge will be closed for three weeks while its deck is replaced, the council said.</p>
            <div class="card-info"><p>Written by</p><p>Noor Adler</p></div></main></body></html>
            """);
        Assert.Equal("Noor Adler", page.Author);
        Assert.Equal("byline:label", page.Sources.Author);

        var text = Extract("""
            <html><body><main><h1>Bridge closed for repairs</h1><div class="tags"><strong>Contributors:</strong> Noor Adler</div>
            <p>The old bridge will be closed for three weeks while its deck is replaced, the council said.</p></main></body></html>
            """);
        Assert.Equal("Noor Adler", text.Author);

        var comment = Extract("""
            <html><body><main><h1>Bridge closed for repairs</h1>
            <p>The old bridge will be closed for three weeks while its deck is replaced, the council said.</p></main>
            <section class="comments"><div><span>Posted by</span> <span>Tomas Berg</span></div></section></body></html>
            """);
        Assert.Null(comment.Author);

        var setting = Extract("""
            <html><body><main><h1>Configuring the build</h1><p>Each project sets its own compiler flags in one file.</p>
            <table><tr><td>Author</td><td>DEFAULT</td></tr></table></main></body></html>
            """);
        Assert.Null(setting.Author);
    }

    [Fact]
    public void A_json_ld_author_name_loses_the_team_or_role_after_a_dash()
    {
        var page = Extract("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge closed for repairs",
            "author":{"@type":"Person","name":"Noor Adler - Riverside Editorial Team"}}</script></head>
            <body><article><h1>Bridge closed for repairs</h1><p>The old bridge will be closed for three weeks.</p></article></body></html>
            """);
        Assert.Equal("Noor Adler", page.Author);
        Assert.Equal("json-ld:author", page.Sources.Author);
    }
}
