using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Tests.Officials;

public sealed class DatelineLexiconTests
{
    [Theory]
    [InlineData("TBILISI, May 19 (Agenda.ge) – Parliament approved", "Georgia")]
    [InlineData("ZAHEDAN, Aug. 13 (IRNA) – Two border guards", "Iran")]
    [InlineData("Urgench, 5 November (UzA). The company", "Uzbekistan")]
    [InlineData("KHABAROVSK, July 8. /TASS/. A new ferry line", "Russia")]
    [InlineData("The ministry said on Monday that exports grew", null)]
    public void Dateline_gives_the_home_country_by_city_then_agency(string dateline, string? country) =>
        Assert.Equal(country, DatelineLexicon.CountryOf(dateline));
}
