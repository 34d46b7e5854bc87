using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Officials;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Officials;

public sealed class OfficialRecognizerTests
{
    private static List<Official> Run(Document document)
    {
        new EntityMerger().Process(document);
        new OfficialRecognizer().Process(document);
        return document.Officials;
    }

    private static Official Single(List<Official> officials, string name) =>
        Assert.Single(officials, o => o.Name == name);

    [Fact]
    public void An_honorific_the_recogniser_cut_off_from_the_name_is_neither_an_official_nor_a_person()
    {
        var doc = HandLayeredDocument.Of("The deal was signed before Prime Minister Dr Ilham Rustamli and guests.")
            .Person("Dr").Person("Ilham Rustamli").Build();
        var officials = Run(doc);
        Assert.DoesNotContain(officials, o => o.Name == "Dr");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Dr");
        Assert.Contains(doc.Entities, e => e.Name == "Ilham Rustamli");
    }

    [Fact]
    public void Title_before_name_with_portfolio_gives_ministry()
    {
        var doc = HandLayeredDocument.Of("Minister of Finance Elnur Samadov opened the session in Ganja on Monday.")
            .Person("Elnur Samadov").Place("Ganja").Build();
        var o = Single(Run(doc), "Elnur Samadov");
        Assert.Equal("Minister of Finance", o.Title);
        Assert.Null(o.Country);
        Assert.Equal("Ministry of Finance", o.Organization);
    }

    [Fact]
    public void Nationality_adjective_becomes_country_and_leaves_title()
    {
        var doc = HandLayeredDocument.Of("Kazakh Ambassador to Turkey Nurlan Seitov handed over the letter.")
            .Person("Nurlan Seitov").Build();
        var o = Single(Run(doc), "Nurlan Seitov");
        Assert.Equal("Ambassador to Turkey", o.Title);
        Assert.Equal("Kazakhstan", o.Country);
        Assert.Null(o.Organization);
    }

    [Fact]
    public void Country_phrase_inside_title_is_removed_and_normalised()
    {
        var doc = HandLayeredDocument.Of("Talks were held with the First Deputy Minister of Energy of the Russian Federation Oleg Kurbatov in Sochi.")
            .Person("Oleg Kurbatov").Place("Sochi").Build();
        var o = Single(Run(doc), "Oleg Kurbatov");
        Assert.Equal("First Deputy Minister of Energy", o.Title);
        Assert.Equal("Russia", o.Country);
        Assert.Equal("Ministry of Energy of Russia", o.Organization);
    }

    [Fact]
    public void Long_title_with_inner_commas_before_name_after_comma()
    {
        var doc = HandLayeredDocument.Of("The Minister of Agriculture, Forestry and Water Resources of the Republic of Uzbekistan, Timur Rashidov, arrived in Baku.")
            .Person("Timur Rashidov").Place("Baku").Build();
        var o = Single(Run(doc), "Timur Rashidov");
        Assert.Equal("Minister of Agriculture, Forestry and Water Resources", o.Title);
        Assert.Equal("Uzbekistan", o.Country);
        Assert.Equal("Ministry of Agriculture, Forestry and Water Resources of Uzbekistan", o.Organization);
    }

    [Fact]
    public void Title_after_name_in_lower_case_with_possessive_country()
    {
        var doc = HandLayeredDocument.Of("Anna Volkova, Russia's deputy minister of culture, said the festival would open in May.")
            .Person("Anna Volkova").Build();
        var o = Single(Run(doc), "Anna Volkova");
        Assert.Equal("Deputy minister of culture", o.Title);
        Assert.Equal("Russia", o.Country);
    }

    [Fact]
    public void Head_of_a_body_gets_the_body_as_organisation()
    {
        var doc = HandLayeredDocument.Of("Chairman of the Management Board of Caspian Shipping Company Rauf Valiyev signed the contract.")
            .Person("Rauf Valiyev").Org("Caspian Shipping Company").Build();
        var o = Single(Run(doc), "Rauf Valiyev");
        // a company officer's title is the role in the company, the company its organisation (corpus/gold/GUIDELINES.md)
        Assert.Equal("Chairman of the Management Board", o.Title);
        Assert.Equal("Caspian Shipping Company", o.Organization);
    }

    [Fact]
    public void Company_before_title_is_the_organisation_and_stays_in_the_title()
    {
        // corpus/gold/GUIDELINES.md: a body's name written before the head belongs to the title ("Georgian Railway CEO")
        var doc = HandLayeredDocument.Of("Kaspi Telecom CEO Leyla Huseynova presented the new network.")
            .Person("Leyla Huseynova").Org("Kaspi Telecom").Build();
        var o = Single(Run(doc), "Leyla Huseynova");
        Assert.Equal("Kaspi Telecom CEO", o.Title);
        Assert.Equal("Kaspi Telecom", o.Organization);
    }

    [Fact]
    public void Head_of_delegation_keeps_target_country_in_title()
    {
        var doc = HandLayeredDocument.Of("The event was attended by head of the EU Delegation to Georgia Paul Berger.")
            .Person("Paul Berger").Org("EU Delegation").Build();
        var o = Single(Run(doc), "Paul Berger");
        Assert.Equal("Head of the EU Delegation to Georgia", o.Title);
        Assert.Null(o.Country);
        Assert.Equal("EU Delegation to Georgia", o.Organization);
    }

    [Fact]
    public void Former_office_holders_are_officials()
    {
        var doc = HandLayeredDocument.Of("Former Prime Minister Viktor Orlov and ex-minister Pavel Sokolov were questioned.")
            .Person("Viktor Orlov", "Pavel Sokolov").Build();
        var officials = Run(doc);
        Assert.Equal("Former Prime Minister", Single(officials, "Viktor Orlov").Title);
        Assert.Equal("Ex-minister", Single(officials, "Pavel Sokolov").Title);
    }

    [Fact]
    public void Predicate_title_attaches()
    {
        var doc = HandLayeredDocument.Of("Gulnara Alieva has been appointed Chairwoman of the State Tourism Agency.")
            .Person("Gulnara Alieva").Org("State Tourism Agency").Build();
        var o = Single(Run(doc), "Gulnara Alieva");
        Assert.Equal("Chairwoman of the State Tourism Agency", o.Title);
        Assert.Equal("State Tourism Agency", o.Organization);
    }

    [Fact]
    public void Untagged_name_after_title_is_found_with_its_surname()
    {
        var doc = HandLayeredDocument.Of("President Kassym Tokayev received the delegation. Tokayev praised the project.").Build();
        var o = Single(Run(doc), "Kassym Tokayev");
        Assert.Equal("President", o.Title);
        Assert.Equal(2, o.Mentions.Count);
    }

    [Fact]
    public void Person_without_title_is_not_an_official()
    {
        var doc = HandLayeredDocument.Of("Economist Ruslan Mammadov said prices would rise. Mammadov expects growth.")
            .Person("Ruslan Mammadov", "Mammadov").Build();
        Assert.Empty(Run(doc));
        Assert.Single(doc.Entities, e => e.Label == EntityLabels.Person);
    }

    [Fact]
    public void The_minister_refers_to_the_most_recent_fitting_official()
    {
        const string text = "Minister of Economy Samir Huseynov met Ambassador of Italy Marco Bianchi in Baku. " +
                            "Huseynov spoke about the plant. The minister also invited Italian companies.";
        var doc = HandLayeredDocument.Of(text).Person("Samir Huseynov", "Huseynov", "Marco Bianchi").Place("Baku").Build();
        var officials = Run(doc);
        var minister = Single(officials, "Samir Huseynov");
        Assert.Equal(3, minister.Mentions.Count);
        Assert.Equal("The minister", text[minister.Mentions[^1].Start..minister.Mentions[^1].End]);
        var ambassador = Single(officials, "Marco Bianchi");
        Assert.Equal("Italy", ambassador.Country);
        Assert.Equal("Ambassador", ambassador.Title);
    }

    [Fact]
    public void Ambiguous_nominal_reference_is_left_alone()
    {
        const string text = "Minister of Industry Ivan Petrov met Minister of Trade Oleg Sidorov. The minister said the plant will open.";
        var doc = HandLayeredDocument.Of(text).Person("Ivan Petrov", "Oleg Sidorov").Build();
        var officials = Run(doc);
        Assert.All(officials, o => Assert.Single(o.Mentions));
    }

    [Theory]
    [InlineData("MOSCOW, May 4. /TASS/. Deputy Minister of Finance Ivan Sorokin said the budget would be revised.", "Russia")]
    [InlineData("Navoi, 12 March (UzA). Deputy Minister of Finance Ivan Sorokin said the budget would be revised.", "Uzbekistan")]
    [InlineData("Ganja, April 2, Report.az  Deputy Minister of Finance Ivan Sorokin said the budget would be revised.", "Azerbaijan")]
    public void An_official_named_without_a_state_serves_the_state_of_the_dateline_city_or_agency(string text, string country)
    {
        var doc = HandLayeredDocument.Of(text).Person("Ivan Sorokin").Build();
        Assert.Equal(country, Single(Run(doc), "Ivan Sorokin").Country);
    }
}
