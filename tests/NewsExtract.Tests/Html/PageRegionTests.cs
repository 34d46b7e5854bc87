using HtmlAgilityPack;
using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class PageRegionTests
{
    private const string Page = """
        <html class="has-sidebar"><head><title>Ferry timetable changes for the winter</title></head>
        <body class="single-post comments-open sidebar-right">
          <div class="content-sidebar-wrap">
            <main><article>
              <h1>Ferry timetable changes for the winter</h1>
              <p class="byline">By <span class="author-name">Mira Olsen</span> · <time datetime="2024-11-03T08:15:00+01:00">3 November 2024</time></p>
              <p>The first crossing will leave half an hour later from next Monday, the operator said.</p>
            </article></main>
            <div class="sidebar"><div class="widget">
              <p class="author">Tomas Berg</p><time datetime="2024-12-20T10:00:00+01:00">20 December 2024</time>
            </div></div>
          </div>
          <div class="comments"><p class="comment-author">Lena</p><time datetime="2024-11-04T09:00:00+01:00">4 November 2024</time></div>
        </body></html>
        """;

    [Fact]
    public void Page_wide_classes_on_body_and_the_headline_wrappers_do_not_hide_the_byline_and_date()
    {
        var page = new HtmlArticleExtractor().Extract(Page);
        Assert.Equal("Mira Olsen", page.Author);
        Assert.Equal(new DateTimeOffset(2024, 11, 3, 8, 15, 0, TimeSpan.FromHours(1)), page.PublishedAt);
        Assert.Equal("time", page.Sources.PublishedAt);
    }

    [Fact]
    public void Sidebars_and_comments_inside_the_headline_wrapper_are_still_elsewhere()
    {
        var document = new HtmlDocument();
        document.LoadHtml(Page);
        var scan = PageScan.Of(document);
        var times = scan.Times;
        Assert.False(PageRegion.IsElsewhere(times[0], scan.HeadingAncestors));
        Assert.True(PageRegion.IsElsewhere(times[1], scan.HeadingAncestors));
        Assert.True(PageRegion.IsElsewhere(times[2], scan.HeadingAncestors));
        Assert.Contains(scan.HeadingAncestors, a => a.GetAttributeValue("class", "") == "content-sidebar-wrap");
    }
}
