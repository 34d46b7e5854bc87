using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Tests.Officials;

/// <summary>
/// International bodies, whose officials serve no state, are read from the shipped world gazetteer's international
/// organisations and the curated list beside it, not from a table in code.
/// </summary>
public sealed class InternationalBodiesTests
{
    [Theory]
    [InlineData("Director-General of the World Health Organization")]        // a listed name
    [InlineData("Secretary-General of the Shanghai Cooperation Organization")] // a listed name in the other spelling
    [InlineData("Director-General of the World\tHealth Organization")]       // any white space between the words
    [InlineData("WHO Regional Director for Europe")]                           // a listed abbreviation as written
    [InlineData("President of the Red Crescent Society of Norland")]           // a curated name
    [InlineData("European Commissioner for Trade")]                            // a curated word
    [InlineData("President of the Norland Pollsters International Association")] // a curated name opening an association's kind
    public void A_title_naming_an_international_body_is_found(string title) =>
        Assert.True(InternationalBodies.IsNamedIn(title));

    [Theory]
    [InlineData("Minister of Foreign Affairs")]
    [InlineData("the head of the team who visited the plant")]                 // "who" is no abbreviation in lower case
    [InlineData("Director of the Northport International Sea Port")]           // "International" alone names no body
    [InlineData("Minister - Member of the Council of Ministers")]              // every state has one: the open list's
                                                                               // description of an EU body is not kept
    public void A_title_naming_no_international_body_is_not(string title) =>
        Assert.False(InternationalBodies.IsNamedIn(title));

    [Theory]
    [InlineData("Council of the EU", true)]
    [InlineData("Agreement on Fishing against the Rules in Norland", true)]   // function words in lower case
    [InlineData("e-Governance Centre", true)]                                 // a capital inside the word
    [InlineData("Council of ministers", false)]                               // describes, does not name
    [InlineData("Court of justice of the Norland States", false)]
    public void An_organisations_other_name_is_kept_only_when_it_is_a_proper_name(string name, bool kept) =>
        Assert.Equal(kept, NewsExtract.Training.Gazetteers.OrganisationListReader.IsProperName(name));
}
