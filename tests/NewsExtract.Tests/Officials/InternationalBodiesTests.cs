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
    public void A_title_naming_no_international_body_is_not(string title) =>
        Assert.False(InternationalBodies.IsNamedIn(title));
}
