using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Tests.Gazetteers;

/// <summary>
/// Country names as copy writes them: exact forms, capitals-only datelines (looked up ignoring case), extra white
/// space folded, and lower case that is not a name.
/// </summary>
public sealed class CountryLexiconTests
{
    [Theory]
    [InlineData("Russia", "Russia")]
    [InlineData("RUSSIA", "Russia")]
    [InlineData("Russian Federation", "Russia")]
    [InlineData("RUSSIAN FEDERATION", "Russia")]
    [InlineData("Russian  Federation", "Russia")]
    [InlineData(" Azerbaijan\n", "Azerbaijan")]
    [InlineData("the Republic of Azerbaijan", "Azerbaijan")]
    public void Written_forms_give_the_short_name(string written, string shortName) =>
        Assert.Equal(shortName, CountryLexicon.ShortNameOf(written));

    [Theory]
    [InlineData("russia")]
    [InlineData("Russia Railways")]
    [InlineData("R")]
    [InlineData("")]
    public void Other_text_is_no_country(string written) => Assert.Null(CountryLexicon.ShortNameOf(written));

    [Fact]
    public void Possessives_and_adjectives_count_through_any_form()
    {
        Assert.Equal("Russia", CountryLexicon.ShortNameOfAny("Russia's"));
        Assert.Equal("Azerbaijan", CountryLexicon.ShortNameOfAny("Azerbaijani"));
    }
}
