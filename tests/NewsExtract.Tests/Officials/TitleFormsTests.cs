using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Officials;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Officials;

/// <summary>Title forms of agency copy that the title reader must read whole, on sentences written for these tests.</summary>
public sealed class TitleFormsTests
{
    private static Official Read(HandLayeredDocument builder, string name, OfficialsModel? model = null) =>
        Assert.Single(Recognised(builder, model).Officials, o => o.Name == name);

    /// <summary>The document with its officials read (by the rules alone, or with <paramref name="model"/>'s lexicon and links).</summary>
    private static Document Recognised(HandLayeredDocument builder, OfficialsModel? model = null)
    {
        var document = builder.Build();
        new EntityMerger().Process(document);
        new OfficialRecognizer(model).Process(document);
        return document;
    }

    [Fact]
    public void A_titled_surname_the_recogniser_missed_written_without_marks_is_the_official_named_with_them()
    {
        var document = Recognised(HandLayeredDocument.Of("Serbian President Aleksa Jovičić will host the guests. On Friday, President Jovicic hosted a dinner.")
            .Person("Aleksa Jovičić"));
        var official = Assert.Single(document.Officials);
        Assert.Equal("Aleksa Jovičić", official.Name);
        Assert.Equal(2, official.Mentions.Count);
    }

    [Theory]
    [InlineData("\"The attack was repelled,\" said army spokesman Colonel Amadou Traore.", "Army spokesman")]
    [InlineData("\"The attack was repelled,\" said army spokesman Amadou Traore.", "Army spokesman")]
    [InlineData("The talks were led by party leader Amadou Traore.", "Party leader")]
    [InlineData("The bank chairman Amadou Traore opened the branch.", "Chairman")]
    public void A_lower_case_word_for_a_public_body_before_the_head_is_part_of_the_title(string text, string title) =>
        Assert.Equal(title, Read(HandLayeredDocument.Of(text).Person("Amadou Traore"), "Amadou Traore").Title);

    [Theory]
    [InlineData("The president has named Marc Ilunga governor of the West African nation's central bank.", "Governor of the central bank")]
    [InlineData("Marc Ilunga, the deputy head of the East African country's tax authority, said revenue rose.", "Deputy head of the tax authority")]
    [InlineData("Marc Ilunga, the deputy head of the tax authority, said revenue rose.", "Deputy head of the tax authority")]
    public void The_story_s_state_in_the_possessive_inside_a_title_is_left_out(string text, string title) =>
        Assert.Equal(title, Read(HandLayeredDocument.Of(text).Person("Marc Ilunga"), "Marc Ilunga").Title);

    [Fact]
    public void A_body_in_the_possessive_inside_the_complement_is_the_organisation_not_part_of_the_title()
    {
        var o = Read(HandLayeredDocument.Of("\"The attack was repelled,\" said Jose Ramos, spokesperson for the Vesta Army's Second Infantry Division.")
            .Person("Jose Ramos").Org("Vesta Army"), "Jose Ramos");
        Assert.Equal("Spokesperson for the Second Infantry Division", o.Title);
        Assert.Equal("Vesta Army", o.Organization);
    }

    [Theory]
    [InlineData("Jose Ramos, speaker of the National Council of People's Power, opened the session.", "National Council of People's Power", "Speaker of the National Council of People's Power")]
    [InlineData("Jose Ramos, head of Japan's Space Agency, opened the session.", "Space Agency", "Head of Japan's Space Agency")]
    public void A_possessive_inside_a_body_name_or_a_state_s_stays_in_the_title(string text, string body, string title) =>
        Assert.Equal(title, Read(HandLayeredDocument.Of(text).Person("Jose Ramos").Org(body), "Jose Ramos").Title);

    [Fact]
    public void Lower_case_complement_of_a_former_regional_head_is_kept()
    {
        var o = Read(HandLayeredDocument.Of("The court in Shymkent sentenced former akim of Sairam district Bolat Yessenov to six years.")
            .Person("Bolat Yessenov").Place("Shymkent"), "Bolat Yessenov");
        Assert.Equal("Former akim of Sairam district", o.Title);
    }

    [Theory]
    [InlineData("Greta Lindqvist, chief of the Armed Forces' Joint Staff, opened the session.", "Armed Forces' Joint Staff", "Chief of the Armed Forces' Joint Staff")]
    [InlineData("The Workers' Union chairman Greta Lindqvist opened the session.", "Workers' Union", "Workers' Union chairman")]
    public void A_plural_possessive_inside_a_body_name_does_not_end_the_title(string text, string body, string title)
    {
        var o = Read(HandLayeredDocument.Of(text).Person("Greta Lindqvist").Org(body), "Greta Lindqvist");
        Assert.Equal(title, o.Title);
    }

    [Theory]
    [InlineData("U.S. Treasury Secretary Greta Lindqvist opened the session.", "Treasury Secretary", "United States")]
    [InlineData("US Commerce Secretary Greta Lindqvist opened the session.", "Commerce Secretary", "United States")]
    [InlineData("UK Foreign Secretary Greta Lindqvist opened the session.", "Foreign Secretary", "United Kingdom")]
    public void A_state_named_before_a_portfolio_and_head_is_the_state_served(string text, string title, string country)
    {
        var o = Read(HandLayeredDocument.Of(text).Person("Greta Lindqvist"), "Greta Lindqvist");
        Assert.Equal(title, o.Title);
        Assert.Equal(country, o.Country);
    }

    [Fact]
    public void An_office_held_also_is_the_title_only_when_no_other_is_given()
    {
        var only = Read(HandLayeredDocument.Of("Greta Lindqvist, who is also deputy prime minister, opened the session.").Person("Greta Lindqvist"), "Greta Lindqvist");
        Assert.Equal("Deputy prime minister", only.Title);
        var both = Read(HandLayeredDocument.Of("Minister of Agriculture Greta Lindqvist opened the session. Lindqvist, who is also co-chairman of the joint commission, spoke first.")
            .Person("Greta Lindqvist", "Lindqvist"), "Greta Lindqvist");
        Assert.Equal("Minister of Agriculture", both.Title);
    }

    [Fact]
    public void An_abbreviated_head_is_a_title_only_as_written()
    {
        var o = Read(HandLayeredDocument.Of("PM Greta Lindqvist opened the session.").Person("Greta Lindqvist"), "Greta Lindqvist");
        Assert.Equal("PM", o.Title);
        Assert.Empty(Recognised(HandLayeredDocument.Of("The talks ended at 5 pm Greta Lindqvist said.").Person("Greta Lindqvist")).Officials);
    }

    [Fact]
    public void An_apposition_listing_capitalised_portfolios_before_the_head_is_the_title()
    {
        var o = Read(HandLayeredDocument.Of("Oskar Brandt, Culture, Youth and Sport Minister, opened the hall.").Person("Oskar Brandt"), "Oskar Brandt");
        Assert.Equal("Culture, Youth and Sport Minister", o.Title);
        Assert.Equal("Ministry of Culture, Youth and Sport", o.Organization);
    }

    [Theory]
    [InlineData("Aino Virtanen, Finland's trade minister, arrived on Monday.", "trade minister")]
    [InlineData("Aino Virtanen, the Finnish economy minister, arrived on Monday.", "economy minister")]
    public void A_portfolio_after_the_state_in_an_apposition_opens_the_title(string sentence, string title)
    {
        // the directory's portfolios ("trade", "economy") come with the shipped officials model's lexicon
        var o = Read(HandLayeredDocument.Of(sentence).Person("Aino Virtanen"), "Aino Virtanen", OfficialsModel.LoadDefault());
        Assert.Equal(title, o.Title, ignoreCase: true);
        Assert.Equal("Finland", o.Country);
    }

    [Fact]
    public void A_participle_before_the_state_is_no_part_of_the_title()
    {
        var o = Read(HandLayeredDocument.Of("Visiting Finnish Prime Minister Aino Virtanen laid a wreath.").Person("Aino Virtanen"), "Aino Virtanen");
        Assert.Equal("Prime Minister", o.Title);
        Assert.Equal("Finland", o.Country);
    }

    [Fact]
    public void A_seat_of_power_or_a_parliament_in_the_title_names_the_state_served()
    {
        var before = Read(HandLayeredDocument.Of("Kremlin spokesman Oleg Marchenko said the talks would go on.").Person("Oleg Marchenko"), "Oleg Marchenko");
        Assert.Equal(("Kremlin spokesman", "Russia"), (before.Title, before.Country));
        var apposition = Read(HandLayeredDocument.Of("Oleg Marchenko, the Kremlin spokesman, said the talks would go on.")
            .Person("Oleg Marchenko").Org("Kremlin"), "Oleg Marchenko");
        Assert.Equal(("Kremlin spokesman", "Russia"), (apposition.Title, apposition.Country));
        var parliament = Read(HandLayeredDocument.Of("Speaker of the Knesset Dana Peretz opened the session.").Person("Dana Peretz").Org("Knesset"), "Dana Peretz");
        Assert.Equal("Israel", parliament.Country);
    }

    [Fact]
    public void A_lower_case_portfolio_the_directory_lacks_stays_before_its_head()
    {
        var seat = Read(HandLayeredDocument.Of("White House press secretary Dana Rowe said the talks went well.").Person("Dana Rowe").Org("White House"), "Dana Rowe");
        Assert.Equal(("White House press secretary", "United States"), (seat.Title, seat.Country));
        var plain = Read(HandLayeredDocument.Of("The press secretary Dana Rowe said the talks went well.").Person("Dana Rowe"), "Dana Rowe");
        Assert.Equal("Press secretary", plain.Title);
    }

    [Fact]
    public void A_body_in_the_possessive_opens_an_apposed_title_and_is_its_organisation()
    {
        var alliance = Read(HandLayeredDocument.Of("Sabine Roth, NATO's secretary general, said the talks went well.").Person("Sabine Roth").Org("NATO"), "Sabine Roth");
        Assert.Equal(("Secretary general", "NATO"), (alliance.Title, alliance.Organization));
        var union = Read(HandLayeredDocument.Of("Sabine Roth, the European Union’s foreign policy chief, said the talks went well.")
            .Person("Sabine Roth").Org("European Union"), "Sabine Roth");
        Assert.Equal(("Foreign policy chief", "European Union"), (union.Title, union.Organization));
        var company = Read(HandLayeredDocument.Of("Leon Marsh, the company's chief executive, said profits rose.").Person("Leon Marsh"), "Leon Marsh");
        Assert.Equal("Chief executive", company.Title);
    }

    [Fact]
    public void A_body_named_before_an_apposed_title_is_its_organisation()
    {
        var o = Read(HandLayeredDocument.Of("Ana Ribeiro, IMF managing director, said the programme was on track.").Person("Ana Ribeiro").Org("IMF"), "Ana Ribeiro");
        Assert.Equal(("Managing director", "IMF"), (o.Title, o.Organization));
    }

    [Fact]
    public void A_relative_clause_heading_a_body_named_in_lower_case_gives_the_office()
    {
        var bank = Read(HandLayeredDocument.Of("Tomas Brenner, who heads the central bank of Austria, agreed.").Person("Tomas Brenner").Place("Austria"), "Tomas Brenner");
        Assert.Equal("Head of the central bank of Austria", bank.Title);
        var committee = Read(HandLayeredDocument.Of("Ana Ribeiro, who chairs the parliamentary foreign affairs committee, agreed.").Person("Ana Ribeiro"), "Ana Ribeiro");
        Assert.Equal("Chair of the parliamentary foreign affairs committee", committee.Title);
        Assert.Empty(Recognised(HandLayeredDocument.Of("Tomas Brenner, who heads the team, agreed.").Person("Tomas Brenner")).Officials);
    }

    [Fact]
    public void An_age_between_the_name_and_its_apposed_title_is_passed_over()
    {
        var o = Read(HandLayeredDocument.Of("Ana Ribeiro, 55, the minister of economy, said the plan was ready.").Person("Ana Ribeiro"), "Ana Ribeiro");
        Assert.Equal("Minister of economy", o.Title);
        Assert.Empty(Recognised(HandLayeredDocument.Of("Ana Ribeiro, 55, said the plan was ready.").Person("Ana Ribeiro")).Officials);
    }

    [Fact]
    public void A_given_name_the_recogniser_read_as_a_city_joins_the_surname_a_title_vouches_for()
    {
        var before = Recognised(HandLayeredDocument.Of("The Minister of Foreign Affairs, Santiago Ruiz, said the plan was ready.").Place("Santiago"));
        Assert.Equal("Minister of Foreign Affairs", Assert.Single(before.Officials, o => o.Name == "Santiago Ruiz").Title);
        Assert.DoesNotContain(before.Entities, e => EntityLabels.IsPlace(e.Label));
        var after = Recognised(HandLayeredDocument.Of("Santiago Ruiz, CEO of Norte Mining, said the plan was ready.").Place("Santiago").Org("Norte Mining"));
        Assert.Single(after.Officials, o => o.Name == "Santiago Ruiz");
        // a city before a name with no title is left as the recogniser read it
        var plain = Recognised(HandLayeredDocument.Of("In Santiago Ruiz said the plan was ready.").Place("Santiago"));
        Assert.Empty(plain.Officials);
        Assert.Contains(plain.Entities, e => EntityLabels.IsPlace(e.Label) && e.Name == "Santiago");
    }

    [Fact]
    public void Spokesman_for_a_lower_case_body_is_read()
    {
        var o = Read(HandLayeredDocument.Of("Five people were hurt, spokesman for the city police Wahid Karimi said on Sunday.")
            .Person("Wahid Karimi"), "Wahid Karimi");
        Assert.Equal("Spokesman for the city police", o.Title);
    }

    [Fact]
    public void Apposition_stops_before_the_agency_attribution()
    {
        var o = Read(HandLayeredDocument.Of("Leyla Hasanova has been appointed CEO of Bakcell Telecom, Trend reports citing the company.")
            .Person("Leyla Hasanova").Org("Bakcell Telecom", "Trend"), "Leyla Hasanova");
        Assert.Equal("CEO of Bakcell Telecom", o.Title);
    }

    [Fact]
    public void Who_will_serve_as_introduces_the_title()
    {
        var o = Read(HandLayeredDocument.Of("She replaces Tural Mammadli, who will now serve as Chairman of the Supervisory Board of Bakcell.")
            .Person("Tural Mammadli").Org("Bakcell"), "Tural Mammadli");
        Assert.Equal("Chairman of the Supervisory Board of Bakcell", o.Title);
    }

    [Fact]
    public void A_name_before_and_does_not_join_a_title_a_state_opens()
    {
        // the recogniser missed the first person's name: its last word must not become a portfolio of the second title
        var o = Read(HandLayeredDocument.Of("Minister of Industry Le Van Hung and Chinese Ambassador to Vietnam Zhou Ming agreed to meet again.")
            .Person("Le", "Zhou Ming").Place("Vietnam"), "Zhou Ming");
        Assert.Equal("Ambassador to Vietnam", o.Title);
        Assert.Equal("China", o.Country);
    }

    [Fact]
    public void A_name_before_and_does_not_join_a_title_a_possessive_state_opens()
    {
        var o = Read(HandLayeredDocument.Of("It was signed by Malaysia’s Minister of Communications, Arif Rahman Yusof and South Korea’s Minister of Science, Park Jiwon.")
            .Person("Arif", "Park Jiwon"), "Park Jiwon");
        Assert.Equal("Minister of Science", o.Title);
        Assert.Equal("South Korea", o.Country);
    }

    [Fact]
    public void Portfolio_list_before_the_head_stays_and_the_adjective_gives_the_country()
    {
        var o = Read(HandLayeredDocument.Of("Turkish Environment and Urbanization Minister Murat Kaya opened the plant.")
            .Person("Murat Kaya"), "Murat Kaya");
        Assert.Equal("Environment and Urbanization Minister", o.Title);
        Assert.Equal("Turkey", o.Country);
    }

    [Fact]
    public void A_body_named_before_the_head_stays_in_the_title()
    {
        var o = Read(HandLayeredDocument.Of("Kazakhstan Temir Zholy CEO Nurlan Sauranbayev said the line would open in May.")
            .Person("Nurlan Sauranbayev"), "Nurlan Sauranbayev");
        Assert.Equal("Kazakhstan Temir Zholy CEO", o.Title);
    }

    [Fact]
    public void Rank_between_title_and_name_is_dropped()
    {
        var o = Read(HandLayeredDocument.Of("Spokesman for the Ministry of Internal Affairs, Colonel Ehsan Zahid, said the road was closed.")
            .Person("Ehsan Zahid"), "Ehsan Zahid");
        Assert.Equal("Spokesman for the Ministry of Internal Affairs", o.Title);
    }

    [Fact]
    public void Newly_appointed_is_not_part_of_the_title()
    {
        var o = Read(HandLayeredDocument.Of("Levan Beridze, the newly appointed Ambassador of Georgia to Armenia, arrived in Yerevan.")
            .Person("Levan Beridze").Place("Yerevan"), "Levan Beridze");
        Assert.Equal("Ambassador to Armenia", o.Title);
        Assert.Equal("Georgia", o.Country);
    }

    [Fact]
    public void Bracketed_acronym_inside_a_title_is_skipped()
    {
        var o = Read(HandLayeredDocument.Of("A group led by Vice Chairman of the State Development Fund (SDF) Li Qiang will visit Tashkent.")
            .Person("Li Qiang").Org("State Development Fund", "SDF").Place("Tashkent"), "Li Qiang");
        Assert.Equal("Vice Chairman of the State Development Fund", o.Title);
    }

    [Fact]
    public void Spaced_dash_between_two_roles_is_kept_as_written()
    {
        var o = Read(HandLayeredDocument.Of("Deputy Prime Minister - Minister of Finance Akmal Karimov chaired the meeting.")
            .Person("Akmal Karimov"), "Akmal Karimov");
        Assert.Equal("Deputy Prime Minister - Minister of Finance", o.Title);
    }

    [Fact]
    public void Republic_after_to_keeps_its_country_in_the_title()
    {
        var o = Read(HandLayeredDocument.Of("Aibek Nurov has been appointed Ambassador of the Republic of Kazakhstan to the Republic of Poland.")
            .Person("Aibek Nurov"), "Aibek Nurov");
        Assert.Equal("Ambassador to the Republic of Poland", o.Title);
        Assert.Equal("Kazakhstan", o.Country);
    }

    [Fact]
    public void Title_as_object_of_a_decree_before_a_comma_is_not_the_name_title()
    {
        var document = HandLayeredDocument.Of("By the decree of the President, Daniyar Abenov has been appointed Minister of Energy.")
            .Person("Daniyar Abenov").Build();
        new EntityMerger().Process(document);
        new OfficialRecognizer().Process(document);
        Assert.Equal("Minister of Energy", Assert.Single(document.Officials).Title);
    }

    [Fact]
    public void Official_of_the_dateline_state_gets_its_country()
    {
        var o = Read(HandLayeredDocument.Of("TBILISI, Georgia, May 3 / Trend /\n\nMinister of Culture Nana Gelashvili opened the museum in Kutaisi.")
            .Place("TBILISI", "Georgia", "Kutaisi").Org("Trend").Person("Nana Gelashvili"), "Nana Gelashvili");
        Assert.Equal("Georgia", o.Country);
    }

    [Fact]
    public void Official_of_an_international_body_gets_no_home_country()
    {
        var o = Read(HandLayeredDocument.Of("BAKU, Azerbaijan, May 3 / Trend /\n\nEBRD Director for the Caucasus Anna Nowak visited Ganja.")
            .Place("BAKU", "Azerbaijan", "Ganja").Org("Trend", "EBRD").Person("Anna Nowak"), "Anna Nowak");
        Assert.Null(o.Country);
    }

    [Fact]
    public void A_country_name_before_an_apposition_title_gives_the_country()
    {
        var o = Read(HandLayeredDocument.Of("The president received Noor Salem, UAE Minister of Education, at the palace.")
            .Person("Noor Salem"), "Noor Salem");
        Assert.Equal("Minister of Education", o.Title);
        Assert.Equal("United Arab Emirates", o.Country);
    }

    [Fact]
    public void Two_offices_joined_by_a_dash_are_one_title_before_the_name()
    {
        var o = Read(HandLayeredDocument.Of("Deputy Prime Minister – Minister of Trade Elin Varga opened the fair in Szeged.")
            .Person("Elin Varga").Place("Szeged"), "Elin Varga");
        Assert.Equal("Deputy Prime Minister – Minister of Trade", o.Title);
    }

    [Fact]
    public void Two_offices_joined_by_a_dash_are_one_title_after_the_name()
    {
        var o = Read(HandLayeredDocument.Of("The fair was opened by Elin Varga, Deputy Prime Minister – Minister of Trade, on Monday.")
            .Person("Elin Varga"), "Elin Varga");
        Assert.Equal("Deputy Prime Minister – Minister of Trade", o.Title);
    }

    [Fact]
    public void And_others_after_an_apposition_title_is_not_part_of_it()
    {
        var o = Read(HandLayeredDocument.Of("The talks were attended by Elin Varga, Minister of Trade of Hungary, and others.")
            .Person("Elin Varga").Place("Hungary"), "Elin Varga");
        Assert.Equal("Minister of Trade", o.Title);
        Assert.Equal("Hungary", o.Country);
    }
}
