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
    [InlineData("Publicado el 4 de junio de 2024 por la redacción", 2024, 6, 4)]
    [InlineData("Lisboa, 7 de setembro de 2023", 2023, 9, 7)]
    [InlineData("Veröffentlicht am 30. Dezember 2018", 2018, 12, 30)]
    [InlineData("Mis à jour le 3 février 2021", 2021, 2, 3)]
    [InlineData("scritto da Pia Sereno il 12 luglio 2022", 2022, 7, 12)]
    [InlineData("Equipo Norte on 04-ago-2021 5:11:10", 2021, 8, 4)]
    [InlineData("Essay - Published: 2025.12.17 | Notes", 2025, 12, 17)]
    [InlineData("Filed 2019/03/08 in Gardening", 2019, 3, 8)]
    public void Finds_dates_in_other_languages_and_orders(string text, int y, int m, int d) =>
        Assert.Equal(new DateTimeOffset(y, m, d, 0, 0, 0, TimeSpan.Zero), DateParsing.FindInText(text));

    [Fact]
    public void Month_table_leaves_out_a_name_two_languages_give_different_months()
    {
        var months = MonthNameTable.Parse(new StringReader("# test\n1\txx\tprimo uno\n2\tyy\tsecondo uno\n"));
        Assert.Equal(1, months["primo"]);
        Assert.Equal(2, months["secondo"]);
        Assert.False(months.ContainsKey("uno"));
    }

    [Fact]
    public void Shipped_month_table_knows_each_month_in_each_language()
    {
        Assert.Equal(6, MonthNameTable.Months["junio"]);
        Assert.Equal(12, MonthNameTable.Months["декабря"]);
        Assert.Equal(3, MonthNameTable.Months["märz"]);
        Assert.Equal(8, MonthNameTable.Months["août"]);
        Assert.Equal(5, MonthNameTable.Months["mei"]);
    }

    [Theory]
    [InlineData("The vote was 30 to 12 in 2018")]
    [InlineData("Version 2018.13.40 released")]
    [InlineData("31.02.2018")]
    [InlineData("1850-01-01")]
    public void Rejects_non_dates_and_impossible_dates(string text) => Assert.Null(DateParsing.FindInText(text));

    [Theory]
    [InlineData("https://example.com/2018/12/30/story", 2018, 12, 30)]
    [InlineData("https://example.com/news/2018-12-30-story.html", 2018, 12, 30)]
    [InlineData("https://example.com/news/20181230/story", 2018, 12, 30)]
    [InlineData("https://example.com/blog/2018/december/30/story", 2018, 12, 30)]
    public void Finds_dates_in_url_paths(string url, int y, int m, int d) =>
        Assert.Equal(new DateTimeOffset(y, m, d, 0, 0, 0, TimeSpan.Zero), PublicationDateFinder.FromUrl(new Uri(url)));

    [Fact]
    public void Ignores_numbers_in_urls_that_are_not_dates() =>
        Assert.Null(PublicationDateFinder.FromUrl(new Uri("https://example.com/article/123456789/story")));
}
