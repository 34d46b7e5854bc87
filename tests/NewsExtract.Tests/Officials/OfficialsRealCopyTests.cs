using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Officials;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Officials;

/// <summary>
/// The forms of real agency copy the officials layer reads beyond simple titles: pieces of long titles taken for
/// people, names cut at a particle or initialled, cabinet lists, the filing agency's state. All sentences invented.
/// </summary>
public sealed class OfficialsRealCopyTests
{
    private static readonly Lazy<OfficialsModel> Shipped = new(OfficialsModel.LoadDefault);

    private static List<OfficialCandidate> Candidates(Document doc)
    {
        new EntityMerger().Process(doc);
        return OfficialRecognizer.FindCandidates(doc, SentenceRanges.Of(doc), Shipped.Value.Lexicon);
    }

    [Fact]
    public void A_piece_of_a_long_title_taken_for_a_person_is_dropped_and_the_whole_title_read()
    {
        var doc = HandLayeredDocument.Of("The Minister of Trade, Regional Cooperation and Chilean Expatriates, Tomas Verin, opened the fair in Lima.")
            .Person("Regional Cooperation", "Tomas Verin").Build();
        var candidate = Assert.Single(Candidates(doc));
        Assert.Equal("Tomas Verin", candidate.Person.Name);
        Assert.Equal("Minister of Trade, Regional Cooperation and Chilean Expatriates", candidate.Title.Title);
        Assert.Equal("Chile", candidate.Title.Country);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Regional Cooperation");
    }

    [Fact]
    public void A_form_of_address_between_title_and_name_is_neither_a_name_nor_a_stop()
    {
        var doc = HandLayeredDocument.Of("The memoranda were signed in the presence of Prime Minister Dr Harun Salleh in Putrajaya.")
            .Person("Harun Salleh").Build();
        var candidate = Assert.Single(Candidates(doc));
        Assert.Equal("Harun Salleh", candidate.Person.Name);
        Assert.Equal("Prime Minister", candidate.Title.Title);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Dr");
    }

    [Fact]
    public void A_counterpart_without_a_title_holds_the_office_of_the_official_named_before_in_the_sentence()
    {
        var doc = HandLayeredDocument.Of("Foreign Minister of Peru Tomas Verin arrived on Monday. Later Verin discussed trade with his Chilean counterpart, Anna Young, in Lima.")
            .Person("Tomas Verin", "Verin", "Anna Young").Build();
        var candidates = Candidates(doc);
        var counterpart = Assert.Single(candidates, c => c.Person.Name == "Anna Young");
        Assert.Equal("Foreign Minister", counterpart.Title.Title);
        Assert.Null(counterpart.Title.Country);
    }

    [Fact]
    public void A_counterpart_with_no_official_named_before_in_the_sentence_gets_no_office()
    {
        var doc = HandLayeredDocument.Of("Foreign Minister of Peru Tomas Verin arrived on Monday. Trade was discussed with his Chilean counterpart, Anna Young, in Lima.")
            .Person("Tomas Verin", "Anna Young").Build();
        Assert.DoesNotContain(Candidates(doc), c => c.Person.Name == "Anna Young");
    }

    [Fact]
    public void Parts_of_a_completed_name_join_it_and_a_lone_particle_or_form_of_address_is_no_one()
    {
        var doc = HandLayeredDocument.Of("The grant was signed by Karim bin Saleh al Harthy in Muscat. Al Harthy said it helps. Karim bin Saleh thanked Al.")
            .Person("Karim bin Saleh", "Al Harthy", "Al").Build();
        Candidates(doc);
        var person = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Person);
        Assert.Equal("Karim bin Saleh al Harthy", person.Name);
        Assert.Equal(["Karim bin Saleh al Harthy", "Al Harthy", "Karim bin Saleh"], person.Mentions.Select(m => doc.Text[m.Start..m.End]));
    }

    [Fact]
    public void A_late_holder_is_a_former_one_and_an_ambassador_keeps_the_state_he_is_sent_to()
    {
        var doc = HandLayeredDocument.Of("The fund was set up by the late Amir Hamid Al Rashed. Chilean Ambassador to the State of Kuwait Tomas Verin attended.")
            .Person("Hamid Al Rashed", "Tomas Verin").Build();
        var candidates = Candidates(doc);
        Assert.Equal("Former Amir", Assert.Single(candidates, c => c.Person.Name == "Hamid Al Rashed").Title.Title);
        var ambassador = Assert.Single(candidates, c => c.Person.Name == "Tomas Verin").Title;
        Assert.Equal("Ambassador to the State of Kuwait", ambassador.Title);
        Assert.Equal("Chile", ambassador.Country);
    }

    [Fact]
    public void A_piece_of_a_title_list_the_model_refuses_as_an_office_holder_is_no_person()
    {
        const string text = "Tomas Verin was named governor on Monday. He previously served as Deputy Minister of Economic Development and Poverty Reduction.";
        var pipeline = NewsExtract.Extraction.DefaultPipeline.Create();
        var doc = pipeline.Run(new Article { Key = "t", Text = text, Source = new ArticleSource("t", null, null) });
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Poverty Reduction");
        Assert.DoesNotContain(doc.Officials, o => o.Name == "Poverty Reduction");
        Assert.Contains(doc.Officials, o => o.Name == "Tomas Verin");
    }

    [Fact]
    public void A_real_name_made_of_ordinary_words_stays_a_person()
    {
        var doc = HandLayeredDocument.Of("Minister of Energy Tomas Verin met Anna Young.").Person("Tomas Verin", "Anna Young").Build();
        Candidates(doc);
        Assert.Contains(doc.Entities, e => e.Name == "Anna Young");
    }

    [Fact]
    public void A_name_cut_at_a_particle_is_completed_and_gets_its_title()
    {
        var doc = HandLayeredDocument.Of("The deal was signed by Karim bin Saleh al Harthy, Minister of Transport, in Muscat.")
            .Person("Karim bin Saleh").Build();
        var candidate = Assert.Single(Candidates(doc));
        Assert.Equal("Karim bin Saleh al Harthy", candidate.Person.Name);
        Assert.Equal("Minister of Transport", candidate.Title.Title);
    }

    [Fact]
    public void A_hyphenated_given_name_joins_the_family_name_but_an_adjective_does_not()
    {
        var doc = HandLayeredDocument.Of("President Lee Min-seok named Kang Ha-jun as health minister. Anna Brandt Moscow-based reporters said.")
            .Person("Lee Min-seok", "Kang", "Anna Brandt").Build();
        new EntityMerger().Process(doc);
        Assert.Equal(1, NameParticles.Complete(doc));
        Assert.Contains(doc.Entities, e => e.Name == "Kang Ha-jun");
        Assert.Contains(doc.Entities, e => e.Name == "Anna Brandt");
    }

    [Theory]
    [InlineData("Pieter van", "Ambassador Pieter van der Laan arrived. The talks of the day went well.", "Pieter van der Laan")]
    [InlineData("Greta", "The envoy met Greta von der Mark on Friday.", "Greta von der Mark")]
    [InlineData("Greta Mark", "Greta Mark said the de facto rules stay.", "Greta Mark")]
    public void Up_to_two_particles_and_the_family_name_after_them_join_the_name(string tagged, string text, string name)
    {
        var doc = HandLayeredDocument.Of(text).Person(tagged).Build();
        new EntityMerger().Process(doc);
        NameParticles.Complete(doc);
        Assert.Contains(doc.Entities, e => e.Name == name);
    }

    [Theory]
    [InlineData("Deputy Chairman of the Cabinet of Ministers Ivo Sarn chaired the session.", "Ivo Sarn", "Cabinet of Ministers", "Cabinet of Ministers")]
    [InlineData("Vice President of the Northland Bank for Europe and Asia Ivo Sarn spoke.", "Ivo Sarn", "Northland Bank", "Northland Bank")]
    [InlineData("Spokesman for the Ministry of Defense Ivo Sarn spoke.", "Ivo Sarn", "Ministry of Defense", "Ministry of Defense")]
    public void The_organisation_of_a_title_is_the_body_the_recogniser_found_in_its_complement(string text, string person, string org, string expected)
    {
        var doc = HandLayeredDocument.Of(text).Person(person).Org(org).Build();
        Assert.Equal(expected, Assert.Single(Candidates(doc)).Title.Organization);
    }

    [Theory]
    [InlineData("Qais Said", "Qais Saeed", true)]
    [InlineData("Mohammad Karimi", "Mohammed Karimi", true)]
    [InlineData("Ramin Aliyev", "Ramin Aliyeva", false)]
    [InlineData("Kim Min-jun", "Kim Min-jin", false)]
    [InlineData("Qais Said", "Qais Sadiq", false)]
    public void Two_spellings_of_one_name_are_one_person_but_a_woman_of_the_family_or_another_name_is_not(string first, string later, bool merged)
    {
        var doc = HandLayeredDocument.Of($"President {first} spoke first. Later {later} thanked the guests.").Person(first, later).Build();
        new EntityMerger().Process(doc);
        Assert.Equal(merged ? 1 : 0, TransliteratedNames.Merge(doc));
        Assert.Contains(doc.Entities, e => e.Name == first);
        Assert.Equal(!merged, doc.Entities.Any(e => e.Name == later));
    }

    [Fact]
    public void An_initialled_name_joins_the_full_name_with_the_same_surname()
    {
        var doc = HandLayeredDocument.Of("Minister Tomas Verin arrived. Later, T. Verin and Anna Verin left.")
            .Person("Tomas Verin", "T. Verin", "Anna Verin").Build();
        new EntityMerger().Process(doc);
        Assert.Contains(doc.Entities, e => e.Name == "T. Verin");
        Assert.Equal(1, InitialedNames.Merge(doc));
        var person = Assert.Single(doc.Entities, e => e.Name == "Tomas Verin");
        Assert.Equal(2, person.Mentions.Count);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "T. Verin");
    }

    [Fact]
    public void A_cabinet_list_gives_each_name_its_office_in_order()
    {
        var doc = HandLayeredDocument.Of("The ministers of economy, energy and finance, Ali Karimov, Vugar Teymur and Samir Rustam, attended.")
            .Person("Ali Karimov", "Vugar Teymur", "Samir Rustam").Build();
        var titles = Candidates(doc).ToDictionary(c => c.Person.Name, c => c.Title.Title);
        Assert.Equal("Minister of economy", titles["Ali Karimov"]);
        Assert.Equal("Minister of energy", titles["Vugar Teymur"]);
        Assert.Equal("Minister of finance", titles["Samir Rustam"]);
    }

    [Fact]
    public void A_cabinet_list_with_fewer_names_than_fields_pairs_nobody()
    {
        var doc = HandLayeredDocument.Of("The ministers of economy, energy and finance, Ali Karimov and Vugar Teymur, attended.")
            .Person("Ali Karimov", "Vugar Teymur").Build();
        Assert.Empty(Candidates(doc));
    }

    [Fact]
    public void Each_name_of_an_appointment_list_takes_its_own_title()
    {
        var doc = HandLayeredDocument.Of("Omar Salem was appointed interior minister, Hedi Karim as defence minister.")
            .Person("Omar Salem", "Hedi Karim").Build();
        var titles = Candidates(doc).ToDictionary(c => c.Person.Name, c => c.Title.Title);
        Assert.Equal("Interior minister", titles["Omar Salem"]);
        Assert.Equal("Defence minister", titles["Hedi Karim"]);
    }

    [Fact]
    public void A_dash_after_each_name_of_a_list_opens_that_name_s_title()
    {
        var doc = HandLayeredDocument.Of("The cabinet includes Tomas Gil – minister of agriculture, Olga Mak – minister of sport, and Rafal Bor - minister of digital affairs.")
            .Person("Tomas Gil", "Olga Mak", "Rafal Bor").Build();
        var titles = Candidates(doc).ToDictionary(c => c.Person.Name, c => c.Title.Title);
        Assert.Equal("Minister of agriculture", titles["Tomas Gil"]);
        Assert.Equal("Minister of sport", titles["Olga Mak"]);
        Assert.Equal("Minister of digital affairs", titles["Rafal Bor"]);
    }

    [Fact]
    public void A_bracketed_cabinet_list_gives_each_name_the_field_in_its_brackets()
    {
        var doc = HandLayeredDocument.Of("The president appointed new ministers: Jan Kowal (finance), Piotr Sadek (defence) and Anna Brzoza (climate).")
            .Person("Jan Kowal", "Piotr Sadek", "Anna Brzoza").Build();
        var titles = Candidates(doc).ToDictionary(c => c.Person.Name, c => c.Title.Title);
        Assert.Equal("Minister of finance", titles["Jan Kowal"]);
        Assert.Equal("Minister of defence", titles["Piotr Sadek"]);
        Assert.Equal("Minister of climate", titles["Anna Brzoza"]);
    }

    [Fact]
    public void A_rank_between_a_lower_case_title_and_the_name_is_passed_over()
    {
        var doc = HandLayeredDocument.Of("The head of the border guard, Colonel Jan Hrubec, was acquitted.").Person("Jan Hrubec").Build();
        Assert.Equal("Head of the border guard", Assert.Single(Candidates(doc)).Title.Title);
    }

    [Fact]
    public void A_rank_alone_before_the_name_gives_way_to_the_office_after_it()
    {
        var doc = HandLayeredDocument.Of("Lieutenant General Amadou Diallo, chief of staff of the army, confirmed the attack.").Person("Amadou Diallo").Build();
        Assert.Equal("Chief of staff of the army", Assert.Single(Candidates(doc)).Title.Title);
    }

    [Fact]
    public void The_country_s_before_an_apposition_title_points_back_to_the_story_s_state()
    {
        var doc = HandLayeredDocument.Of("Andre Kasongo, the country's finance minister, presented the budget.").Person("Andre Kasongo").Build();
        Assert.Equal("Finance minister", Assert.Single(Candidates(doc)).Title.Title);
    }

    [Fact]
    public void A_relative_clause_saying_who_heads_a_body_gives_the_head_of_that_body()
    {
        var doc = HandLayeredDocument.Of("Jean Mutombo, who heads the Northland Mining Agency, said output rose. Rita Salu, who chairs Varmo Bank, agreed.")
            .Person("Jean Mutombo", "Rita Salu").Org("Northland Mining Agency", "Varmo Bank").Build();
        var titles = Candidates(doc).ToDictionary(c => c.Person.Name, c => c.Title);
        Assert.Equal("Head of the Northland Mining Agency", titles["Jean Mutombo"].Title);
        Assert.Equal("Northland Mining Agency", titles["Jean Mutombo"].Organization);
        Assert.Equal("Chair of Varmo Bank", titles["Rita Salu"].Title);
    }

    [Fact]
    public void A_state_of_several_words_before_an_apposition_title_is_the_state_served()
    {
        var doc = HandLayeredDocument.Of("The memorandum was signed by Park Jun-ho, South Korea's Minister of Health and Welfare.")
            .Person("Park Jun-ho").Build();
        var candidate = Assert.Single(Candidates(doc));
        Assert.Equal("Minister of Health and Welfare", candidate.Title.Title);
        Assert.Equal("South Korea", candidate.Title.Country);
    }

    [Fact]
    public void A_name_after_a_company_noun_is_the_company()
    {
        var doc = HandLayeredDocument.Of("The court arrested Pavel Orlov, former co-owner of the Latvian bank Kreda, in absentia.")
            .Person("Pavel Orlov", "Kreda").Build();
        var candidate = Assert.Single(Candidates(doc));
        Assert.Equal("Pavel Orlov", candidate.Person.Name);
    }

    [Fact]
    public void A_full_name_after_a_company_noun_is_the_officer_of_that_company()
    {
        var doc = HandLayeredDocument.Of("Head of the bank Pavel Orlov said lending rose.").Person("Pavel Orlov").Build();
        var candidate = Assert.Single(Candidates(doc));
        Assert.Equal("Head of the bank", candidate.Title.Title);
    }

    [Theory]
    [InlineData("Mayor of Tbilisi Nino Beridze opened the bridge.", "Nino Beridze", "Mayor of Tbilisi", "Georgia")]
    [InlineData("Lev Orlov, the governor of Istanbul, opened the bridge.", "Lev Orlov", "Governor of Istanbul", "Turkey")]
    [InlineData("Chairman of Kazan Helicopters Lev Orlov opened the plant.", "Lev Orlov", "Chairman of Kazan Helicopters", null)]
    [InlineData("Consul General in Ganja Lev Orlov opened the office.", "Lev Orlov", "Consul General in Ganja", null)]
    public void A_city_an_office_is_of_gives_the_state_served_but_not_a_city_in_a_body_name_or_where_a_consul_sits(
        string text, string person, string title, string? country)
    {
        var doc = HandLayeredDocument.Of(text).Person(person).Build();
        var candidate = Assert.Single(Candidates(doc));
        Assert.Equal(title, candidate.Title.Title);
        Assert.Equal(country, candidate.Title.Country);
    }

    [Theory]
    [InlineData("Amina Odhiambo, the Cabinet Secretary for Sports, attended the ceremony.", "Cabinet Secretary for Sports", null)]
    [InlineData("The Permanent Secretary in the Ministry of Energy, Amina Odhiambo, opened the plant.", "Permanent Secretary in the Ministry of Energy", "Ministry of Energy")]
    public void Body_words_open_an_apposition_title_and_a_body_after_in_is_the_organisation(string text, string title, string? org)
    {
        var builder = HandLayeredDocument.Of(text).Person("Amina Odhiambo");
        if (org is not null) builder = builder.Org(org);
        var candidate = Assert.Single(Candidates(builder.Build()));
        Assert.Equal(title, candidate.Title.Title);
        if (org is not null) Assert.Equal(org, candidate.Title.Organization);
    }

    [Fact]
    public void Capitalised_words_before_a_body_head_after_a_title_are_the_body_not_a_person()
    {
        var doc = HandLayeredDocument.Of("The clash ended, said Juan Reyes, spokesperson for the Vesta Army's Second Infantry Division.")
            .Person("Juan Reyes").Org("Vesta Army").Build();
        Candidates(doc);
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Second", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Iranian Foreign Ministry Spokesperson Reza Tabrizi said the talks would go on.", "Foreign Ministry Spokesperson")]
    [InlineData("Georgian Railway CEO Reza Tabrizi said the talks would go on.", "Georgian Railway CEO")]
    public void A_nationality_before_a_state_s_body_names_the_state_but_one_starting_a_body_s_name_stays(string text, string title)
    {
        var doc = HandLayeredDocument.Of(text).Person("Reza Tabrizi").Build();
        var candidate = Assert.Single(Candidates(doc));
        Assert.Equal(title, candidate.Title.Title);
        Assert.NotNull(candidate.Title.Country);
    }

    [Theory]
    [InlineData("Senator Maria Lopez of the Philippines said the bill would pass.", "Philippines")]
    [InlineData("Senator Maria Lopez of the Senate Finance Committee said the bill would pass.", null)]
    public void A_state_named_right_after_a_titled_name_is_the_state_of_the_title(string text, string? country)
    {
        var doc = HandLayeredDocument.Of(text).Person("Maria Lopez").Build();
        var candidate = Assert.Single(Candidates(doc));
        Assert.Equal("Senator", candidate.Title.Title);
        Assert.Equal(country, candidate.Title.Country);
    }

    [Theory]
    [InlineData("Opposition lawmaker Kim Min-jun criticised the plan.", "Kim Min-jun", "Opposition lawmaker", null)]
    [InlineData("The charge d'affaires of Hungary, Laszlo Szabo, attended.", "Laszlo Szabo", "Charge d'affaires", "Hungary")]
    public void Legislators_and_charges_d_affaires_hold_offices(string text, string person, string title, string? country)
    {
        var doc = HandLayeredDocument.Of(text).Person(person).Build();
        var candidate = Assert.Single(Candidates(doc));
        Assert.Equal(title, candidate.Title.Title);
        Assert.Equal(country, candidate.Title.Country);
    }

    [Fact]
    public void The_one_who_replaces_takes_the_office_and_the_one_replaced_held_it()
    {
        var doc = HandLayeredDocument.Of("In the reshuffle Lena Varga replaces Istvan Halmi as Finance Minister.")
            .Person("Lena Varga", "Istvan Halmi").Build();
        var candidates = Candidates(doc);
        Assert.Equal("Finance Minister", Assert.Single(candidates, c => c.Person.Name == "Lena Varga").Title.Title);
        Assert.Equal("Former Finance Minister", Assert.Single(candidates, c => c.Person.Name == "Istvan Halmi").Title.Title);
    }

    [Theory]
    [InlineData("Marta Ruiz was reappointed as Interior Minister on Friday.", "Marta Ruiz", "Interior Minister")]
    [InlineData("The president named Oscar Lind as Trade Minister.", "Oscar Lind", "Trade Minister")]
    [InlineData("Nadia Sow was retained as Minister of Health.", "Nadia Sow", "Minister of Health")]
    [InlineData("Kofi Amankwah took over as Local Government Minister.", "Kofi Amankwah", "Local Government Minister")]
    [InlineData("Marek Wolny has been nominated for the post of minister of sport.", "Marek Wolny", "Minister of sport")]
    [InlineData("Ewa Lis was entrusted with the post of deputy prime minister.", "Ewa Lis", "Deputy prime minister")]
    [InlineData("Jonas Berg becomes Finance Minister under the deal.", "Jonas Berg", "Finance Minister")]
    public void An_office_kept_or_taken_is_read_after_its_verb(string text, string person, string title)
    {
        var doc = HandLayeredDocument.Of(text).Person(person).Build();
        Assert.Equal(title, Assert.Single(Candidates(doc)).Title.Title);
    }

    [Theory]
    [InlineData("Anna Kolt retained Norway's foreign ministry in the new government.", "Anna Kolt", "Foreign minister", "Norway")]
    [InlineData("Olek Brun keeps the finance portfolio.", "Olek Brun", "Finance minister", null)]
    public void A_ministry_kept_in_a_new_cabinet_gives_its_minister(string text, string person, string title, string? country)
    {
        var doc = HandLayeredDocument.Of(text).Person(person).Build();
        var office = Assert.Single(Candidates(doc)).Title;
        Assert.Equal(title, office.Title);
        Assert.Equal(country, office.Country);
    }

    [Fact]
    public void A_kept_thing_that_is_no_ministry_gives_no_office()
    {
        Assert.Empty(Candidates(HandLayeredDocument.Of("Ion Lorn retained the trophy for Vesta.").Person("Ion Lorn").Build()));
    }

    [Fact]
    public void The_one_replaced_after_a_comma_held_the_office_of_the_one_named_before()
    {
        var doc = HandLayeredDocument.Of("The premier named Oskar Lind as Trade Minister, replacing Vera Holm, who resigned in May.")
            .Person("Oskar Lind", "Vera Holm").Build();
        var candidates = Candidates(doc);
        Assert.Equal("Trade Minister", Assert.Single(candidates, c => c.Person.Name == "Oskar Lind").Title.Title);
        Assert.Equal("Former Trade Minister", Assert.Single(candidates, c => c.Person.Name == "Vera Holm").Title.Title);
    }

    [Fact]
    public void An_office_is_read_as_the_complement_of_an_appointing_verbs_objects_but_the_verb_is_no_title()
    {
        var doc = HandLayeredDocument.Of("The president appointed Ana Ruiz economy minister and Luis Vega justice minister on Monday.")
            .Person("Ana Ruiz", "Luis Vega").Build();
        var candidates = Candidates(doc);
        Assert.Equal("Economy minister", Assert.Single(candidates, c => c.Person.Name == "Ana Ruiz").Title.Title);
        Assert.Equal("Justice minister", Assert.Single(candidates, c => c.Person.Name == "Luis Vega").Title.Title);
        // a name right after the verb with no office after it gets none ("President appointed" is no title)
        Assert.Empty(Candidates(HandLayeredDocument.Of("The president appointed Ana Ruiz on Monday.").Person("Ana Ruiz").Build()));
    }

    [Fact]
    public void A_plural_title_before_a_list_of_names_is_each_ones_office_in_the_singular()
    {
        var doc = HandLayeredDocument.Of("Deputy prime ministers Anna Kask, Olev Tamm and Liis Saar attended the session.")
            .Person("Anna Kask", "Olev Tamm", "Liis Saar").Build();
        var candidates = Candidates(doc);
        Assert.Equal(3, candidates.Count);
        Assert.All(candidates, c => Assert.Equal("Deputy prime minister", c.Title.Title));
        // a plural inside the title's complement is no plural office
        var chairman = HandLayeredDocument.Of("Chairman of the Cabinet of Ministers Adil Orozov spoke.").Person("Adil Orozov").Build();
        Assert.Equal("Chairman of the Cabinet of Ministers", Assert.Single(Candidates(chairman)).Title.Title);
    }

    [Fact]
    public void A_title_list_ends_where_and_opens_a_new_clause()
    {
        var doc = HandLayeredDocument.Of("Sara Quist remains Minister of Roads and named Tom Berg as her deputy.")
            .Person("Sara Quist", "Tom Berg").Build();
        Assert.Equal("Minister of Roads", Assert.Single(Candidates(doc), c => c.Person.Name == "Sara Quist").Title.Title);
    }

    [Fact]
    public void A_title_ends_before_a_quantity()
    {
        var doc = HandLayeredDocument.Of("Ivo Petrak, Commander of the Guard for nearly two years, resigned.")
            .Person("Ivo Petrak").Build();
        Assert.Equal("Commander of the Guard", Assert.Single(Candidates(doc)).Title.Title);
    }

    [Theory]
    [InlineData("Anton Belov, owner of the Karsk Group, was detained.", "Anton Belov", "Owner", "Karsk Group")]
    [InlineData("The court also heard Rita Salu, former co-owner of the Estonian bank Varmo.", "Rita Salu", "Former co-owner", "Varmo")]
    [InlineData("Borisk Holding CEO Lev Orlov signed the deal.", "Lev Orlov", "CEO", "Borisk Holding")]
    [InlineData("Mira Tull, General Director of Sandvik Tube Plant (STP), spoke first.", "Mira Tull", "General Director", "Sandvik Tube Plant")]
    public void A_company_officer_has_the_role_as_title_and_the_company_as_organisation(string text, string person, string title, string company)
    {
        var doc = HandLayeredDocument.Of(text).Person(person).Build();
        var candidate = Assert.Single(Candidates(doc));
        Assert.Equal(title, candidate.Title.Title);
        Assert.Equal(company, candidate.Title.Organization);
    }

    [Theory]
    [InlineData("Chairman of the State Customs Committee Ali Karimov met the delegation.", "Ali Karimov", "Chairman of the State Customs Committee")]
    [InlineData("Vice President of the National Bank Eka Beridze spoke.", "Eka Beridze", "Vice President of the National Bank")]
    public void An_office_in_a_body_that_is_no_company_keeps_the_body(string text, string person, string title)
    {
        var doc = HandLayeredDocument.Of(text).Person(person).Build();
        Assert.Equal(title, Assert.Single(Candidates(doc)).Title.Title);
    }

    [Fact]
    public void A_name_the_recogniser_missed_with_an_initial_glued_to_it_is_found_after_its_title()
    {
        var doc = HandLayeredDocument.Of("Foreign Affairs Minister B.Gantulga met the delegation in the capital.").Build();
        var candidate = Assert.Single(Candidates(doc));
        Assert.Equal("B.Gantulga", candidate.Person.Name);
        Assert.Equal("Foreign Affairs Minister", candidate.Title.Title);
    }

    [Fact]
    public void An_unknown_place_given_an_office_is_a_person()
    {
        var doc = HandLayeredDocument.Of("The president went ahead with the appointment of Choi Ha-rin as culture minister.")
            .Place("Choi Ha-rin").Build();
        var candidate = Assert.Single(Candidates(doc));
        Assert.Equal("Choi Ha-rin", candidate.Person.Name);
        Assert.Equal(EntityLabels.Person, candidate.Person.Label);
    }

    [Fact]
    public void A_title_does_not_reach_back_over_a_clause()
    {
        var doc = HandLayeredDocument.Of("On Tuesday the President presented staff with their new akim of the region - Dana Omarova.")
            .Person("Dana Omarova").Build();
        Assert.Equal("Akim of the region", Assert.Single(Candidates(doc)).Title.Title);
    }

    [Fact]
    public void An_unmarked_counterpart_serves_the_other_state()
    {
        var doc = new Document(new Article
        {
            Key = "a",
            Text = "SEOUL, May 2 (Bernama) - Malaysia and South Korea signed two agreements. They were signed in the presence of Prime Minister Tomas Verin and his counterpart, President Kang Minjun.",
            Source = new ArticleSource("Bernama", null, null),
        });
        new NewsExtract.Extraction.Text.Tokenizer().Process(doc);
        new NewsExtract.Extraction.Text.SentenceSplitter().Process(doc);
        var layered = HandLayeredDocument.Of(doc.Text).Person("Tomas Verin", "Kang Minjun").Place("Malaysia", "South Korea", "SEOUL").Build();
        doc.EntitySpans.AddRange(layered.EntitySpans);
        new EntityMerger().Process(doc);
        new OfficialRecognizer(Shipped.Value).Process(doc);
        Assert.Equal("Malaysia", Assert.Single(doc.Officials, o => o.Name == "Tomas Verin").Country);
        Assert.Equal("South Korea", Assert.Single(doc.Officials, o => o.Name == "Kang Minjun").Country);
    }

    [Theory]
    [InlineData("Vesta Airlines posted a loss. The carrier's chairman Tomas Verin resigned.", null, "Vesta Airlines")]
    [InlineData("Vesta Airlines posted a loss, Tomas Verin, the company's chief executive, said.", null, "Vesta Airlines")]
    [InlineData("The European Union met. The bloc's foreign policy chief Tomas Verin spoke.", null, "European Union")]
    [InlineData("The Ministry of Economy met. The ministry's spokesman Tomas Verin spoke.", "Poland", null)]
    public void A_title_opened_by_a_company_or_bloc_named_by_its_kind_belongs_to_the_body_named_before(string sentence, string? country, string? organization)
    {
        var doc = new Document(new Article { Key = "a", Text = "WARSAW, June 3 (Wire) -\n" + sentence, Source = new ArticleSource("local", null, null) });
        new NewsExtract.Extraction.Text.Tokenizer().Process(doc);
        new NewsExtract.Extraction.Text.SentenceSplitter().Process(doc);
        string[] Named(params string[] names) => [.. names.Where(n => doc.Text.Contains(n, StringComparison.Ordinal))];
        var layered = HandLayeredDocument.Of(doc.Text).Person("Tomas Verin").Place("WARSAW").Org(Named("Vesta Airlines", "European Union", "Ministry of Economy")).Build();
        doc.EntitySpans.AddRange(layered.EntitySpans);
        new EntityMerger().Process(doc);
        new OfficialRecognizer(Shipped.Value).Process(doc);
        var official = Assert.Single(doc.Officials, o => o.Name == "Tomas Verin");
        Assert.Equal(country, official.Country);
        Assert.Equal(organization, official.Organization);
    }

    [Theory]
    [InlineData("Ambassador to France Tomas Verin said the plan was ready.", "Poland")]
    [InlineData("Tomas Verin, the envoy to the United Nations, said the plan was ready.", "Poland")]
    [InlineData("UN special envoy to Syria Tomas Verin said the plan was ready.", null)]
    public void An_envoy_posted_abroad_serves_the_home_state_unless_an_international_body_sent_him(string sentence, string? country)
    {
        var doc = new Document(new Article { Key = "a", Text = "WARSAW, June 3 (Wire) -\n" + sentence, Source = new ArticleSource("local", null, null) });
        new NewsExtract.Extraction.Text.Tokenizer().Process(doc);
        new NewsExtract.Extraction.Text.SentenceSplitter().Process(doc);
        string[] Named(params string[] names) => [.. names.Where(n => System.Text.RegularExpressions.Regex.IsMatch(doc.Text, $@"\b{n}\b"))];
        var layered = HandLayeredDocument.Of(doc.Text).Person("Tomas Verin").Place(Named("WARSAW", "France", "Syria")).Org(Named("United Nations", "UN")).Build();
        doc.EntitySpans.AddRange(layered.EntitySpans);
        new EntityMerger().Process(doc);
        new OfficialRecognizer(Shipped.Value).Process(doc);
        Assert.Equal(country, Assert.Single(doc.Officials, o => o.Name == "Tomas Verin").Country);
    }

    [Theory]
    [InlineData("Bernama", "", "Malaysia")]
    [InlineData("MAP (Maghreb Arabe Presse), via example.ma", "", "Morocco")]
    [InlineData("Tehran Times (citing IRNA)", "", "Iran")]
    [InlineData("local", "Ulaanbaatar/MONTSAME/ During the visit", "Mongolia")]
    [InlineData("local", "SEOUL, Nov 28 (NNN-Bernama) —", "Malaysia")]
    [InlineData("Reuters", "LONDON, May 2 (Reuters) -", null)]
    [InlineData("local", "the trend continued", null)]
    public void The_filing_agency_gives_its_state(string source, string dateline, string? country) =>
        Assert.Equal(country, AgencyHomeState.Of(source, dateline));

    [Fact]
    public void The_agency_state_is_the_home_state_only_when_the_text_names_it()
    {
        static HomeState Home(string text, string source)
        {
            var doc = new Document(new Article { Key = "a", Text = text, Source = new ArticleSource(source, null, null) });
            return OfficialRecognizer.HomeStateOf(doc, Shipped.Value.Lexicon);
        }
        Assert.Equal(new HomeState("Malaysia", "agency"), Home("SEOUL - Malaysia and South Korea signed four agreements.", "Bernama"));
        Assert.NotEqual("Malaysia", Home("SEOUL - Officials of South Korea signed four agreements.", "Bernama").Country);
    }
}
