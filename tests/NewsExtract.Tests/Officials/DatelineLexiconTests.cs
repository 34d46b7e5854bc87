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
    [InlineData("KUALA LUMPUR, March 3 -- The ringgit", "Malaysia")]          // any city the gazetteer knows, not a typed list
    [InlineData("VALENCIA, June 2 (Bernama) -- The plant", "Malaysia")]       // an ambiguous city: the agency decides
    [InlineData("TRIPOLI, June 2 -- The plant", "Libya")]                     // a capital wins its name
    [InlineData("WARSAW, June 2 (PAP) - The Sejm", "Poland")]
    public void Dateline_gives_the_home_country_by_city_then_agency(string dateline, string? country) =>
        Assert.Equal(country, DatelineLexicon.CountryOf(dateline));

    [Theory]
    [InlineData("Bernama", true)]
    [InlineData("Trend", false)]   // a credit read only in datelines: also an everyday word
    [InlineData("Trendy", false)]
    public void Agency_names_come_from_the_curated_list(string word, bool isAgency) =>
        Assert.Equal(isAgency, NewsAgencyLexicon.IsAgencyName(word));
}
