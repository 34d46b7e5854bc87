using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class DateParsingTests
{
    [Theory]
    [InlineData("2018-12-30T14:25:00+04:00", 2018, 12, 30, 14, 25, 4)]
    [InlineData("2018-12-30T14:25:00Z", 2018, 12, 30, 14, 25, 0)]
    [InlineData("2018-12-30", 2018, 12, 30, 0, 0, 0)]
    [InlineData("Sun, 30 Dec 2018 14:25:00 GMT", 2018, 12, 30, 14, 25, 0)]
    [InlineData("1546179900", 2018, 12, 30, 14, 25, 0)]
    [InlineData("December 30, 2018", 2018, 12, 30, 0, 0, 0)]
    public void Parses_machine_dates(string value, int y, int mo, int d, int h, int mi, int offsetHours) =>
        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, 0, TimeSpan.FromHours(offsetHours)), DateParsing.ParseMachine(value));

    [Theory]
    [InlineData("BAKU, 30.12.2018 / AZERTAC /", 2018, 12, 30)]
    [InlineData("Dec. 30, 2018 — The minister said", 2018, 12, 30)]
    [InlineData("Posted on 30th December 2018 by staff", 2018, 12, 30)]
    [InlineData("Москва, 30 декабря 2018 года", 2018, 12, 30)]
    [InlineData("Updated 12/30/2018", 2018, 12, 30)]
    [InlineData("Ada LinwoodDec 30, 2018", 2018, 12, 30)]
    [InlineData("12-30-2018, 09:03 AM", 2018, 12, 30)]
    [InlineData("30-12-2018", 2018, 12, 30)]
    public void Finds_dates_written_for_people(string text, int y, int m, int d) =>
        Assert.Equal(new DateTimeOffset(y, m, d, 0, 0, 0, TimeSpan.Zero), DateParsing.FindInText(text));

    [Theory]
    [InlineData("The vote was 30 to 12 in 2018")]
    [InlineData("31.02.2018")]
    [InlineData("1850-01-01")]
    public void Rejects_non_dates_and_impossible_dates(string text) => Assert.Null(DateParsing.FindInText(text));

    [Theory]
    [InlineData("https://example.com/2018/12/30/story", 2018, 12, 30)]
    [InlineData("https://example.com/news/2018-12-30-story.html", 2018, 12, 30)]
    [InlineData("https://example.com/news/20181230/story", 2018, 12, 30)]
    public void Finds_dates_in_url_paths(string url, int y, int m, int d) =>
        Assert.Equal(new DateTimeOffset(y, m, d, 0, 0, 0, TimeSpan.Zero), PublicationDateFinder.FromUrl(new Uri(url)));

    [Fact]
    public void Ignores_numbers_in_urls_that_are_not_dates() =>
        Assert.Null(PublicationDateFinder.FromUrl(new Uri("https://example.com/article/123456789/story")));
}
