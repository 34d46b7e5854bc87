using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Officials;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Officials;

/// <summary>
/// The grammar of cabinet stories (who was appointed to which office, whom each replaced), on sentences written for
/// these tests.
/// </summary>
public sealed class CabinetReshuffleTests
{
    private static Document Recognised(HandLayeredDocument builder)
    {
        var document = builder.Build();
        new EntityMerger().Process(document);
        new OfficialRecognizer(null).Process(document);
        return document;
    }

    [Fact]
    public void A_list_of_portfolios_after_has_been_appointed_is_one_title()
    {
        var document = Recognised(HandLayeredDocument.Of("Vera Lindgren has been appointed Culture, Sport and Tourism Minister.").Person("Vera Lindgren"));
        Assert.Equal("Culture, Sport and Tourism Minister", Assert.Single(document.Officials).Title);
    }

    [Theory]
    [InlineData("He replaced Ilse Vogt.")]
    [InlineData("He has replaced Ilse Vogt.")]
    [InlineData("She succeeds Ilse Vogt, who resigned in May.")]
    public void A_person_a_pronoun_replaces_held_the_office_of_the_official_before(string second)
    {
        var document = Recognised(HandLayeredDocument.Of("Tomas Brenner has been appointed Agriculture Minister. " + second).Person("Tomas Brenner", "Ilse Vogt"));
        Assert.Equal("Agriculture Minister", Assert.Single(document.Officials, o => o.Name == "Tomas Brenner").Title);
        Assert.Equal("Former Agriculture Minister", Assert.Single(document.Officials, o => o.Name == "Ilse Vogt").Title);
    }

    [Fact]
    public void A_person_a_pronoun_replaces_as_an_office_held_it()
    {
        var document = Recognised(HandLayeredDocument.Of("The decree was signed on Monday. She replaces Ilse Vogt as Agriculture Minister.").Person("Ilse Vogt"));
        Assert.Equal("Former Agriculture Minister", Assert.Single(document.Officials).Title);
    }

    [Theory]
    [InlineData("Tomas Brenner has been appointed Agriculture Minister. He met Ilse Vogt.")]
    [InlineData("Tomas Brenner has been appointed Agriculture Minister. The committee said the decree replaced Ilse Vogt.")]
    [InlineData("Tomas Brenner has been appointed Agriculture Minister. Nothing else changed. He replaced Ilse Vogt.")]
    public void Only_a_pronoun_opening_the_next_sentence_carries_the_office_over(string text)
    {
        var document = Recognised(HandLayeredDocument.Of(text).Person("Tomas Brenner", "Ilse Vogt"));
        Assert.DoesNotContain(document.Officials, o => o.Name == "Ilse Vogt");
    }

    [Theory]
    [InlineData("Marek Holm and Zuzana Kral have been appointed deputy ministers.", new[] { "Marek Holm", "Zuzana Kral" })]
    [InlineData("Ivo Benes, Lida Cerna and Hana Roubal were named deputy ministers.", new[] { "Ivo Benes", "Lida Cerna", "Hana Roubal" })]
    public void Coordinated_names_of_a_plural_office_each_hold_it_in_the_singular(string text, string[] names)
    {
        var document = Recognised(HandLayeredDocument.Of(text).Person(names));
        Assert.Equal(names.Order(), document.Officials.Select(o => o.Name).Order());
        Assert.All(document.Officials, o => Assert.Equal("deputy minister", o.Title, ignoreCase: true));
    }

    [Fact]
    public void A_plural_office_with_a_complement_is_read_whole_and_made_singular()
    {
        var document = Recognised(HandLayeredDocument.Of("Marek Holm and Zuzana Kral have been appointed deputy ministers - members of the State Council.")
            .Person("Marek Holm", "Zuzana Kral").Org("State Council"));
        Assert.Equal(2, document.Officials.Count);
        Assert.All(document.Officials, o => Assert.Equal("Deputy minister - member of the State Council", o.Title));
    }

    [Fact]
    public void Coordinated_names_appointed_to_no_office_are_not_officials()
    {
        var document = Recognised(HandLayeredDocument.Of("Marek Holm and Zuzana Kral have been appointed to the board of the museum.").Person("Marek Holm", "Zuzana Kral"));
        Assert.Empty(document.Officials);
    }

    [Theory]
    [InlineData("deputy prime ministers", "deputy prime minister")]
    [InlineData("Foreign Ministers", "Foreign Minister")]
    [InlineData("ministers - members of the Council", "minister - member of the Council")]
    [InlineData("Chair of the Board of Governors", null)]
    [InlineData("members", null)]
    public void Singular_makes_the_heads_before_the_complement_singular(string title, string? singular) =>
        Assert.Equal(singular, PluralTitles.Singular(title));
}
