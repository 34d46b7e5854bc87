using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Tests.Officials;

public sealed class DatelineLexiconTests
{
    [Theory]
    [InlineData("TBILISI, December 2 (Agenda.ge) – The National Bank", "Georgia")]
    [InlineData("ZAHEDAN, Aug. 13 (IRNA) – Two border guards", "Iran")]
    [InlineData("Urgench, 5 November (UzA). The company", "Uzbekistan")]
    [InlineData("KHABAROVSK, November 23. /TASS/. Russia and China", "Russia")]
    [InlineData("The ministry said on Monday that exports grew", null)]
    public void Dateline_gives_the_home_country_by_city_then_agency(string dateline, string? country) =>
        Assert.Equal(country, DatelineLexicon.CountryOf(dateline));
}
