using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class PublicationDateZoneTests
{
    private static ExtractedPage Extract(string html, string? url = null) =>
        new HtmlArticleExtractor().Extract(html, url is null ? null : new Uri(url));

    [Fact]
    public void A_utc_meta_date_is_given_in_the_zone_of_the_printed_time_that_shows_the_readers_day()
    {
        var page = Extract("""
            <html><head><meta property="article:published_time" content="2024-03-08T02:30:00+00:00"></head>
            <body><article><h1>Night ferry runs again</h1>
            <div class="post-meta"><time datetime="2024-03-07T18:30:00-08:00">March 7, 2024</time></div>
            <p>The night ferry across the sound returned to service on Thursday evening after a month of repairs.</p></article></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2024, 3, 7, 18, 30, 0, TimeSpan.FromHours(-8)), page.PublishedAt);
        Assert.Equal(TimeSpan.FromHours(-8), page.PublishedAt!.Value.Offset);
        Assert.Equal("meta:article:published_time", page.Sources.PublishedAt);

        // The same day printed, or no zone anywhere on the page: the machine date stays as it is.
        var sameDay = Extract("""
            <html><head><meta property="article:published_time" content="2024-03-08T12:00:00+00:00"></head>
            <body><article><h1>Market hall reopens</h1><time datetime="2024-03-08T07:00:00-05:00">March 8, 2024</time>
            <p>The market hall reopened after its roof was replaced over the winter.</p></article></body></html>
            """);
        Assert.Equal(TimeSpan.Zero, sameDay.PublishedAt!.Value.Offset);
        var noZone = Extract("""
            <html><head><meta property="article:published_time" content="2024-03-08T02:30:00+00:00"></head>
            <body><article><h1>Market hall reopens</h1><p class="post-date">March 7, 2024</p>
            <p>The market hall reopened after its roof was replaced over the winter.</p></article></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2024, 3, 8, 2, 30, 0, TimeSpan.Zero), noZone.PublishedAt);
        Assert.Equal(TimeSpan.Zero, noZone.PublishedAt!.Value.Offset);
    }

    [Fact]
    public void The_zone_may_come_from_a_comment_time_when_the_printed_date_has_none()
    {
        var page = Extract("""
            <html><head><meta property="article:published_time" content="2024-03-08T01:10:00+00:00"></head>
            <body><article><h1>Orchard opens for spring</h1>
            <p class="post-date">Posted on March 7, 2024</p>
            <p>The orchard on the hill opened its gates for the spring season with a small fair.</p></article>
            <ol class="comment-list"><li><time datetime="2024-03-09T09:15:00-05:00">March 9, 2024</time> Lovely day out.</li></ol>
            </body></html>
            """);
        Assert.Equal(new DateTimeOffset(2024, 3, 7, 20, 10, 0, TimeSpan.FromHours(-5)), page.PublishedAt);
        Assert.Equal(new DateOnly(2024, 3, 7), DateOnly.FromDateTime(page.PublishedAt!.Value.DateTime));
    }

    [Theory]
    [InlineData("2025-12-19T04:25:38+0500", 5, 0)]
    [InlineData("2025-12-18T19:05:00-08:00", -8, 0)]
    [InlineData("2025-12-18T19:05:00.123+05:30", 5, 30)]
    public void Reads_the_offset_a_machine_date_spells_out(string value, int hours, int minutes) =>
        Assert.Equal(new TimeSpan(hours, hours < 0 ? -minutes : minutes, 0), PageUtcOffset.Of(value));

    [Theory]
    [InlineData("2025-12-18T19:05:00Z")]
    [InlineData("2025-12-18T19:05:00+00:00")]
    [InlineData("2025-12-18T19:05:00")]
    [InlineData("2025-12-18")]
    public void A_utc_or_unzoned_date_gives_no_offset(string value) => Assert.Null(PageUtcOffset.Of(value));
}
