using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.EntityRecognition;

/// <summary>A surname written in capitals stays with the given names before it; codes in capitals do not. All sentences invented.</summary>
public sealed class UpperCaseSurnamesTests
{
    private static List<string> Joined(string text, params (string Surface, string Label)[] spans)
    {
        var (doc, list) = TokenSpans.Tagged(text, spans);
        UpperCaseSurnames.Join(doc, list);
        return [.. list.Select(s => $"{s.Label}:{text[s.Start..s.End]}")];
    }

    [Fact]
    public void Surname_in_capitals_after_the_given_name_is_part_of_the_name()
    {
        Assert.Equal(["PERSON:Karim BENSALAH"], Joined("Prime Minister Karim BENSALAH chaired the council.", ("Karim", EntityLabels.Person)));
    }

    [Fact]
    public void Surname_with_a_particle_that_the_recogniser_read_as_a_place_is_taken_whole()
    {
        var spans = Joined("Minister Jean-Luc LE MARCHAND, speaking in Paris, said so.",
            ("Jean-Luc", EntityLabels.Person), ("LE MARCHAND", EntityLabels.Location), ("Paris", EntityLabels.Location));
        Assert.Equal(["PERSON:Jean-Luc LE MARCHAND", "LOCATION:Paris"], spans);
    }

    [Fact]
    public void Two_surnames_in_capitals_are_both_taken()
    {
        Assert.Equal(["PERSON:Nadia EL OUAFI SAIDI"], Joined("Nadia EL OUAFI SAIDI presented the bill.", ("Nadia", EntityLabels.Person)));
    }

    [Fact]
    public void Codes_of_bodies_agencies_countries_and_titles_in_capitals_are_not_surnames()
    {
        Assert.Equal(["PERSON:Omar Haddad", "ORGANIZATION:NATO"],
            Joined("He met Omar Haddad NATO officials later.", ("Omar Haddad", EntityLabels.Person), ("NATO", EntityLabels.Organization)));
        Assert.Equal(["PERSON:Omar Haddad"], Joined("Omar Haddad TASS reported.", ("Omar Haddad", EntityLabels.Person)));
        Assert.Equal(["PERSON:Omar Haddad"], Joined("Omar Haddad UAE envoy arrived.", ("Omar Haddad", EntityLabels.Person)));
        Assert.Equal(["PERSON:Omar Haddad"], Joined("Omar Haddad CEO of the fund spoke.", ("Omar Haddad", EntityLabels.Person)));
    }

    [Fact]
    public void Copy_in_capitals_throughout_and_particles_alone_are_left_as_they_are()
    {
        Assert.Equal(["PERSON:KARIM"], Joined("KARIM BENSALAH SPOKE.", ("KARIM", EntityLabels.Person)));
        Assert.Equal(["PERSON:Karim"], Joined("Karim EL said so.", ("Karim", EntityLabels.Person)));
    }

    [Fact]
    public void Capitals_after_a_comma_or_line_break_are_not_joined()
    {
        Assert.Equal(["PERSON:Karim"], Joined("Karim, BENSALAH said.", ("Karim", EntityLabels.Person)));
        Assert.Equal(["PERSON:Karim"], Joined("Karim\nBENSALAH said.", ("Karim", EntityLabels.Person)));
    }
}
