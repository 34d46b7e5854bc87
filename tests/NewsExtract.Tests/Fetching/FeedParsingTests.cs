using NewsExtract.Ingestion.Feeds;
using NewsExtract.Ingestion.Listing;
using NewsExtract.Ingestion.Sitemaps;

namespace NewsExtract.Tests.Fetching;

public sealed class FeedParsingTests
{
    private static readonly Uri Base = new("https://agency.example/feeds/main.xml");

    [Fact]
    public void Rss_items_give_absolute_links_titles_and_rfc822_dates()
    {
        var feed = FeedParser.Parse("""
            <rss version="2.0"><channel><title>T</title>
            <item><title><![CDATA[Talks <b>held</b>]]></title><link>/news/1</link><pubDate>Tue, 05 Mar 2019 10:00:00 +0300</pubDate></item>
            <item><title>No link</title><guid isPermaLink="false">id-2</guid></item>
            <item><title>Guid only</title><guid>https://agency.example/news/3#top</guid><pubDate>Wed, 06 Mar 2019 08:00:00 GMT</pubDate></item>
            </channel></rss>
            """, Base);
        Assert.Equal("rss", feed.Format);
        Assert.Null(feed.Warning);
        Assert.Equal(["https://agency.example/news/1", "https://agency.example/news/3"], feed.Entries.Select(e => e.Url.AbsoluteUri));
        Assert.Equal("Talks held", feed.Entries[0].Title);
        Assert.Equal(new DateTimeOffset(2019, 3, 5, 7, 0, 0, TimeSpan.Zero), feed.Entries[0].PublishedAt);
        Assert.Equal(new DateTimeOffset(2019, 3, 6, 8, 0, 0, TimeSpan.Zero), feed.Entries[1].PublishedAt);
    }

    [Fact]
    public void Atom_entries_use_the_alternate_link()
    {
        var feed = FeedParser.Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
            <entry><title>A</title><link rel="self" href="https://agency.example/api/a"/><link href="https://agency.example/news/a"/>
            <updated>2026-11-20T09:30:00Z</updated></entry>
            </feed>
            """, Base);
        Assert.Equal("atom", feed.Format);
        Assert.Equal("https://agency.example/news/a", Assert.Single(feed.Entries).Url.AbsoluteUri);
    }

    [Fact]
    public void A_malformed_feed_keeps_the_entries_before_the_damage()
    {
        var feed = FeedParser.Parse(
            "<rss><channel><title>Q&amp;A &nbsp; news & more</title><item><title>One</title><link>https://agency.example/1</link></item>" +
            "<item><title>Two</title><link>https://agency.example/2</link></item><item><title>Thr", Base);
        Assert.Equal(2, feed.Entries.Count);
        Assert.NotNull(feed.Warning);
    }

    [Fact]
    public void Something_that_is_not_a_feed_is_refused()
    {
        Assert.Throws<FormatException>(() => FeedParser.Parse("<html><body>hi</body></html>", Base));
        Assert.Throws<FormatException>(() => FeedParser.Parse("not xml at all", Base));
    }

    [Fact]
    public void Sitemaps_give_news_dates_and_indexes_give_child_sitemaps()
    {
        var urlset = SitemapParser.Parse("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>https://agency.example/news/1</loc><news:news><news:publication_date>2026-11-20T09:30:00+04:00</news:publication_date><news:title>One</news:title></news:news></url>
            <url><loc>https://agency.example/news/2</loc><lastmod>2026-11-19</lastmod></url>
            </urlset>
            """, Base);
        Assert.False(urlset.IsIndex);
        Assert.Equal("One", urlset.Entries[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 5, 30, 0, TimeSpan.Zero), urlset.Entries[0].PublishedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 0, 0, 0, TimeSpan.Zero), urlset.Entries[1].PublishedAt);

        var index = SitemapParser.Parse("<sitemapindex><sitemap><loc>/sitemap-news.xml</loc></sitemap></sitemapindex>", Base);
        Assert.True(index.IsIndex);
        Assert.Equal("https://agency.example/sitemap-news.xml", Assert.Single(index.Entries).Url.AbsoluteUri);
    }

    [Fact]
    public void A_listing_page_gives_the_links_its_xpath_selects_once_each()
    {
        var links = ListingPageParser.Parse(
            "<nav><a href='/about'>About</a></nav><div class='news'><a href='/n/1'>One</a><a href='/n/1#c'>One again</a><a href='/n/2'>Two</a></div>",
            new Uri("https://agency.example/latest"), "//div[@class='news']/a/@href");
        Assert.Equal(["https://agency.example/n/1", "https://agency.example/n/2"], links.Select(l => l.Url.AbsoluteUri));
        Assert.Throws<ArgumentException>(() => ListingPageParser.Parse("<a href='/x'>x</a>", new Uri("https://a.example/"), "//a[@"));
    }
}
