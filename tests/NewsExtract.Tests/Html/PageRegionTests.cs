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

    /// <summary>A forum page without an h1 whose wrapper's class names the sidebar it sits beside, then a real sidebar.</summary>
    private const string WrapperNamedForSidebar = """
        <html><head><title>Allotment waiting lists</title></head>
        <body>
          <div id="wrap" class="beside_sidebar_1">
            <div class="post" id="p101"><div class="postbody">
              <h3>Allotment waiting lists</h3>
              <p class="author">by <strong>Hedda Rask</strong> &raquo; Wed Mar 4, 2020 6:12 pm</p>
              <div class="content">Our town council says the waiting list for an allotment is now four years long, and the
              new plots by the river will not open before the spring after next. Has anyone found a quicker way, perhaps
              a shared plot or a private garden that takes helpers in exchange for part of the crop?</div>
            </div></div>
          </div>
          <div class="sidebar"><p class="author">by <strong>Odd Vik</strong> &raquo; Fri Jan 8, 2021 9:00 am</p></div>
        </body></html>
        """;

    [Fact]
    public void An_element_holding_most_of_the_page_is_its_wrapper_whatever_its_class_names()
    {
        var document = new HtmlDocument();
        document.LoadHtml(WrapperNamedForSidebar);
        var scan = PageScan.Of(document);
        var bylines = document.DocumentNode.SelectNodes("//p[@class='author']")!;
        Assert.False(PageRegion.IsElsewhere(bylines[0], scan.HeadingAncestors));
        Assert.True(PageRegion.IsElsewhere(bylines[1], scan.HeadingAncestors));

        var page = new HtmlArticleExtractor().Extract(WrapperNamedForSidebar);
        Assert.Equal(new DateOnly(2020, 3, 4), DateOnly.FromDateTime(page.PublishedAt!.Value.DateTime));
        Assert.Equal("Hedda Rask", page.Author);
    }

    [Fact]
    public void Comments_holding_most_of_the_page_are_still_comments()
    {
        const string html = """
            <html><body><h1>Bus lane opens</h1><p>The lane opened on Monday.</p>
            <div class="comments"><p class="comment-author">Lena</p><time datetime="2024-11-04T09:00:00+01:00">4 November 2024</time>
            <p>A long comment about buses, lanes, cycling, parking, the council's budget and the roadworks that went on for months on end.</p></div>
            </body></html>
            """;
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var scan = PageScan.Of(document);
        Assert.True(PageTextShare.HoldsMostOfPage(document.DocumentNode.SelectSingleNode("//div[@class='comments']")!));
        Assert.True(PageRegion.IsElsewhere(scan.Times[0], scan.HeadingAncestors));
    }

    [Fact]
    public void A_newsletter_box_is_elsewhere_only_when_one_can_sign_up_in_it()
    {
        const string html = """
            <html><body><main>
              <h1>Morning light and sleep</h1>
              <div class="newsletter-details-wrapper"><p>November 2, 2022</p><p>Issue 41</p></div>
              <p>Bright light in the first hour after waking sets the body's clock for the day and helps sleep come earlier at night.</p>
              <p>Ten minutes outdoors is enough on a clear morning, and about half an hour under cloud.</p>
            </main>
            <div class="newsletter-signup"><p>March 3, 2023</p><form><input type="email"><button>Subscribe</button></form></div>
            </body></html>
            """;
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var scan = PageScan.Of(document);
        var dates = document.DocumentNode.SelectNodes("//div[contains(@class,'newsletter')]/p[1]")!;
        Assert.False(PageRegion.IsElsewhere(dates[0], scan.HeadingAncestors));
        Assert.True(PageRegion.IsElsewhere(dates[1], scan.HeadingAncestors));

        var page = new HtmlArticleExtractor().Extract(html);
        Assert.Equal(new DateOnly(2022, 11, 2), DateOnly.FromDateTime(page.PublishedAt!.Value.DateTime));
    }
}
