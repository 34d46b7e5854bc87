using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Officials;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Entities;

public sealed class EntityMergerTests
{
    private static Document Merge(Document doc)
    {
        new EntityMerger().Process(doc);
        return doc;
    }

    [Fact]
    public void Full_name_surname_title_form_and_nominal_reference_are_one_person()
    {
        const string text = "Minister of Energy Elchin Mammadli opened the plant. Minister Mammadli said it cost little. The minister left for Shaki.";
        var doc = HandLayeredDocument.Of(text).Person("Elchin Mammadli", "Minister Mammadli").Place("Shaki").Build();
        Merge(doc);
        new OfficialRecognizer().Process(doc);
        var person = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Person);
        Assert.Equal("Elchin Mammadli", person.Name);
        Assert.Equal(["Elchin Mammadli", "Mammadli", "The minister"], person.Mentions.Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void An_organ_named_before_and_after_its_body_is_one_organisation_under_the_shorter_name()
    {
        const string text = "They met before the Andean League Council session. The agenda of the Council of the Andean League was set.";
        var doc = Merge(HandLayeredDocument.Of(text).Org("Andean League Council", "Council of the Andean League").Build());
        var body = Assert.Single(doc.Entities);
        Assert.Equal("Andean League Council", body.Name);
        Assert.Equal(2, body.Mentions.Count);
    }

    [Fact]
    public void A_surname_written_without_marks_is_the_person_named_with_them()
    {
        const string text = "President Aleksa Jovičić met the delegation. Later, Jovicic said the talks went well.";
        var doc = Merge(HandLayeredDocument.Of(text).Person("Aleksa Jovičić", "Jovicic").Build());
        var person = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Person);
        Assert.Equal("Aleksa Jovičić", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void An_office_after_a_bodys_name_is_not_part_of_the_name_unless_a_connector_makes_it_one()
    {
        const string text = "The Lindau Foreign Ministry Spokesperson Tomas Verin spoke. The Office of the Prosecutor replied.";
        var doc = Merge(HandLayeredDocument.Of(text).Org("Lindau Foreign Ministry Spokesperson", "Office of the Prosecutor").Build());
        Assert.Equal(["Lindau Foreign Ministry", "Office of the Prosecutor"], doc.Entities.Where(e => e.Label == EntityLabels.Organization).Select(e => e.Name));
    }

    [Fact]
    public void A_body_named_by_a_kind_of_place_is_a_place_unless_a_body_word_is_in_it()
    {
        const string text = "Ships sailed near the Varna Islands. The Government of Lindau City protested.";
        var doc = Merge(HandLayeredDocument.Of(text).Org("Varna Islands", "Government of Lindau City").Build());
        Assert.Equal("Varna Islands", Assert.Single(doc.Entities, e => EntityLabels.IsPlace(e.Label)).Name);
        Assert.Equal("Government of Lindau City", Assert.Single(doc.Entities, e => e.Label == EntityLabels.Organization).Name);
    }

    [Fact]
    public void A_body_named_again_with_its_head_in_lower_case_is_that_body()
    {
        const string text = "The Varna Arbitration Court ruled on Monday. In May the Varna Arbitration court had delayed the case.";
        var doc = Merge(HandLayeredDocument.Of(text).Org("Varna Arbitration Court").Org("Varna Arbitration").Build());
        var org = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Organization);
        Assert.Equal("Varna Arbitration Court", org.Name);
        Assert.Equal(["Varna Arbitration Court", "Varna Arbitration court"], org.Mentions.Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void A_country_abbreviation_the_recogniser_missed_is_found_with_its_last_full_stop()
    {
        const string text = "Trade with the U.S. went down. Partners other than the U.S. China kept.";
        var doc = Merge(HandLayeredDocument.Of(text).Place("China").Build());
        var us = Assert.Single(doc.Entities, e => e.Name == "U.S.");
        Assert.Equal(EntityLabels.Location, us.Label);
        Assert.Equal(["U.S.", "U.S."], us.Mentions.Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void A_surname_shared_by_two_full_names_joins_the_one_named_last_before_it()
    {
        const string text = "Anna Berg met Tomas Berg on Monday. Later Berg said the talks went well.";
        var doc = Merge(HandLayeredDocument.Of(text).Person("Anna Berg", "Tomas Berg", "Berg").Build());
        var people = doc.Entities.Where(e => e.Label == EntityLabels.Person).ToList();
        Assert.Equal(["Anna Berg", "Tomas Berg"], people.Select(p => p.Name));
        Assert.Equal(2, people[1].Mentions.Count);
    }

    [Fact]
    public void Organisation_and_its_acronym_are_one_entity_named_in_full()
    {
        const string text = "The State Statistics Committee (SSC) published the data. According to the SSC, prices rose.";
        var doc = Merge(HandLayeredDocument.Of(text).Org("State Statistics Committee").Build());
        var org = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Organization);
        Assert.Equal("State Statistics Committee", org.Name);
        Assert.Equal(3, org.Mentions.Count);
    }

    [Fact]
    public void An_acronym_written_in_another_case_further_on_still_joins_the_name_it_abbreviates()
    {
        const string text = "He met the Board of Trade (BOT) chair. The BoT said exports grew. The BOT will report again.";
        var doc = Merge(HandLayeredDocument.Of(text).Org("Board of Trade", "BoT", "BOT").Build());
        var org = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Organization);
        Assert.Equal("Board of Trade", org.Name);
        Assert.Equal(4, org.Mentions.Count);   // the name, the bracketed acronym and its two later uses
    }

    [Fact]
    public void An_acronym_written_as_a_word_that_spells_the_initials_joins_the_name_but_another_bracketed_word_does_not()
    {
        const string text = "The Northern Rail Development Agency (Nrda) approved 12 plans. Nrda said more would follow. " +
            "The Coastal Fisheries Board (Sealine) met. Sealine officials left.";
        var doc = Merge(HandLayeredDocument.Of(text).Org("Northern Rail Development Agency", "Nrda", "Coastal Fisheries Board", "Sealine").Build());
        var orgs = doc.Entities.Where(e => e.Label == EntityLabels.Organization).ToList();
        Assert.Equal(["Northern Rail Development Agency", "Coastal Fisheries Board", "Sealine"], orgs.Select(o => o.Name));
        Assert.Equal(3, orgs[0].Mentions.Count);
    }

    [Fact]
    public void A_one_word_short_name_with_capitals_inside_defined_in_brackets_joins_the_name()
    {
        const string text = "The Vesta Statistical Institute (VestStat) published the data. VestStat said prices rose.";
        var doc = Merge(HandLayeredDocument.Of(text).Org("Vesta Statistical Institute", "VestStat", "VestStat").Build());
        var org = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Organization);
        Assert.Equal("Vesta Statistical Institute", org.Name);
        Assert.Equal(3, org.Mentions.Count);
    }

    [Fact]
    public void A_state_named_only_by_its_form_is_no_body_but_names_made_of_such_words_stay()
    {
        const string text = "The Kingdom supplied oil to the United States. The Islamic Republic traded more. The Kingdom of Bhutan agreed.";
        var doc = Merge(HandLayeredDocument.Of(text).Org("Kingdom", "Islamic Republic", "Kingdom").Place("United States").Build());
        // only the form that opens a longer name the recogniser cut short ("Kingdom" of "Kingdom of Bhutan") stays
        var kingdom = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Organization);
        Assert.Equal(text.IndexOf("Kingdom of Bhutan", StringComparison.Ordinal), Assert.Single(kingdom.Mentions).Start);
        Assert.Contains(doc.Entities, e => e.Name == "United States");
    }

    [Fact]
    public void A_city_written_with_its_kind_is_named_as_the_gazetteer_names_it_unless_the_kind_is_part_of_its_name()
    {
        const string text = "The expo was held in Yinchuan City. Delegates flew on to Kuwait City and Zayed Sports City.";
        var doc = Merge(HandLayeredDocument.Of(text).Place("Yinchuan City", "Kuwait City", "Zayed Sports City").Build());
        Assert.Equal(["Yinchuan", "Kuwait City", "Zayed Sports City"],
            doc.Entities.Where(e => e.Label == EntityLabels.Location).Select(e => e.Name));
    }

    [Fact]
    public void A_person_named_as_a_city_in_a_list_of_places_is_a_place_but_not_outside_a_list()
    {
        const string listed = "Rice was trucked in from Thai Binh, Nam Dinh, Phu Ly and nearby towns.";
        var doc = Merge(HandLayeredDocument.Of(listed).Place("Thai Binh").Person("Nam Dinh", "Phu Ly").Build());
        Assert.Equal(["Thai Binh", "Nam Dinh", "Phu Ly"], doc.Entities.Where(e => e.Label == EntityLabels.Location).Select(e => e.Name));
        Assert.DoesNotContain(doc.Entities, e => e.Label == EntityLabels.Person);

        const string alone = "Nam Dinh said the rice left Thai Binh on Monday.";
        var other = Merge(HandLayeredDocument.Of(alone).Place("Thai Binh").Person("Nam Dinh").Build());
        Assert.Equal("Nam Dinh", Assert.Single(other.Entities, e => e.Label == EntityLabels.Person).Name);
    }

    [Fact]
    public void An_acronym_defined_after_a_lower_case_phrase_names_a_thing_not_a_body()
    {
        const string text = "The sides signed two memoranda of understanding (MoU). The MoU covers foreign direct investment (FDI). " +
            "The State Customs Committee (SCC) said FDI rose.";
        var doc = Merge(HandLayeredDocument.Of(text).Org("MoU", "State Customs Committee").Place("FDI").Build());
        var org = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Organization);
        Assert.Equal("State Customs Committee", org.Name);
        Assert.DoesNotContain(doc.Entities, e => EntityLabels.IsPlace(e.Label));   // nor a place, whatever the recogniser said
    }

    [Fact]
    public void Country_long_form_and_short_name_are_one_place_and_adjectives_are_not_places()
    {
        const string text = "The Republic of Kazakhstan and Turkey agreed. Kazakh companies welcome it, Kazakhstan's minister said.";
        var doc = Merge(HandLayeredDocument.Of(text).Place("Republic of Kazakhstan", "Turkey").Norp("Kazakh").Build());
        var kz = Assert.Single(doc.Entities, e => e.Name == "Kazakhstan");
        Assert.Equal(["Republic of Kazakhstan", "Kazakhstan"], kz.Mentions.Select(m => text[m.Start..m.End]));
        Assert.DoesNotContain(doc.Entities, e => e.Mentions.Any(m => text[m.Start..m.End] == "Kazakh"));
    }

    [Fact]
    public void A_form_of_address_is_not_part_of_a_name_and_alone_is_no_one()
    {
        const string text = "Sheikh Hamad Al Mansouri opened the fair. Dr. Later the guests left.";
        var doc = Merge(HandLayeredDocument.Of(text).Person("Sheikh Hamad Al Mansouri", "Dr").Build());
        var person = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Person);
        Assert.Equal("Hamad Al Mansouri", person.Name);
    }

    [Fact]
    public void A_run_of_honorifics_leaves_the_name_but_a_run_word_alone_may_open_one()
    {
        const string text = "Datuk Seri Amran Yusof met Tan Sri Kamal Nor and Sri Lestari Wati.";
        var doc = Merge(HandLayeredDocument.Of(text).Person("Datuk Seri Amran Yusof", "Tan Sri Kamal Nor", "Sri Lestari Wati").Build());
        var people = doc.Entities.Where(e => e.Label == EntityLabels.Person).Select(e => e.Name).ToList();
        Assert.Equal(["Amran Yusof", "Kamal Nor", "Sri Lestari Wati"], people);
    }

    [Fact]
    public void A_body_named_only_by_its_kind_is_a_generic_reference_not_an_organisation()
    {
        const string text = "The Cabinet approved the plan of the Water Council and the Government of Peru.";
        var doc = Merge(HandLayeredDocument.Of(text).Place("Cabinet").Org("Water Council", "Government").Build());
        Assert.Equal(["Water Council", "Government"], doc.Entities.Select(e => e.Name));
    }

    [Fact]
    public void A_country_code_inside_an_amount_is_the_currency_not_a_place()
    {
        const string text = "The fund lent US$4.2 billion to Vietnam, and the US pledged more.";
        var doc = Merge(HandLayeredDocument.Of(text).Place("Vietnam").Money("US$4.2 billion", 4_200_000_000m).Build());
        var us = Assert.Single(doc.Entities, e => e.Name == "US");
        Assert.Equal(["US"], us.Mentions.Select(m => text[m.Start..m.End]));
        Assert.Equal(text.LastIndexOf("US", StringComparison.Ordinal), us.Mentions[0].Start);
    }

    [Fact]
    public void A_country_keeps_a_short_form_as_the_copy_writes_it_and_long_forms_and_datelines_take_the_short_name()
    {
        const string text = "ANKARA, May 3. Türkiye and the UAE signed a deal. The Russian Federation and RUSSIA's partners watched. Russia agreed.";
        var doc = Merge(HandLayeredDocument.Of(text).Place("Türkiye", "UAE", "Russian Federation").Build());
        var places = doc.Entities.Where(e => e.Label == EntityLabels.Location).Select(e => e.Name).ToList();
        Assert.Contains("Türkiye", places);
        Assert.Contains("UAE", places);
        Assert.Contains("Russia", places);
        Assert.DoesNotContain("Turkey", places);
        Assert.DoesNotContain("United Arab Emirates", places);
        Assert.DoesNotContain("Russian Federation", places);
    }

    [Fact]
    public void Country_word_inside_a_longer_name_is_not_a_place()
    {
        const string text = "Georgian Railways carried more cargo, Georgia said.";
        var doc = Merge(HandLayeredDocument.Of(text).Org("Georgian Railways").Build());
        var place = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Location);
        Assert.Equal("Georgia", place.Name);
        Assert.Single(place.Mentions);
    }

    [Fact]
    public void A_name_running_into_an_amount_stops_where_the_amount_starts_and_a_lone_article_is_no_name()
    {
        const string text = "The regulator fined Kura Trust Bank GEL 1.5 million. The bank will appeal.";
        var doc = Merge(HandLayeredDocument.Of(text).Org("Kura Trust Bank GEL", "The").Money("GEL 1.5 million", 1_500_000m, "GEL").Build());
        var org = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Organization);
        Assert.Equal("Kura Trust Bank", org.Name);
    }

    [Fact]
    public void A_word_the_date_recogniser_reads_as_part_of_a_date_is_no_name()
    {
        const string text = "PUTRAJAYA, Nov 30 — Minister Teresa May opened the May 2 forum.";
        var doc = Merge(HandLayeredDocument.Of(text).Person("Nov", "Teresa May").Date("Nov 30", "2022-11-30").Build());
        var person = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Person);
        Assert.Equal("Teresa May", person.Name);
    }

    private static Document WithSpans(string text, params (string Surface, int Occurrence, string Label)[] spans)
    {
        var doc = HandLayeredDocument.Of(text).Build();
        foreach (var (surface, occurrence, label) in spans)
        {
            int at = -1;
            for (int i = 0; i <= occurrence; i++) at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
            doc.EntitySpans.Add(new EntitySpan(at, at + surface.Length, 0, 0, label, "hand"));
        }
        doc.EntitySpans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return doc;
    }

    [Fact]
    public void A_person_named_exactly_as_a_place_of_the_article_is_that_place()
    {
        const string text = "Novo Selo [Novaria], May 3. Officials in Novo Selo said exports grew, Lena Berg said.";
        var doc = Merge(WithSpans(text, ("Novo Selo", 0, EntityLabels.Location), ("Novo Selo", 1, EntityLabels.Person), ("Lena Berg", 0, EntityLabels.Person)));
        var place = Assert.Single(doc.Entities, e => e.Name == "Novo Selo");
        Assert.Equal(EntityLabels.Location, place.Label);
        Assert.Equal(2, place.Mentions.Count);
        Assert.Equal("Lena Berg", Assert.Single(doc.Entities, e => e.Label == EntityLabels.Person).Name);
    }

    [Fact]
    public void A_surname_that_is_also_a_place_stays_with_the_full_name()
    {
        const string text = "Shaki, May 3. Elchin Shaki opened the plant. Shaki said it cost little.";
        var doc = Merge(WithSpans(text, ("Shaki", 0, EntityLabels.Location), ("Elchin Shaki", 0, EntityLabels.Person), ("Shaki", 2, EntityLabels.Person)));
        var person = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Person);
        Assert.Equal("Elchin Shaki", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_lone_word_tagged_as_a_place_that_is_the_surname_of_a_person_named_in_full_is_that_person_unless_the_gazetteer_knows_the_place()
    {
        const string text = "Teresa Kowalczyk, the finance minister, left the cabinet. Kowalczyk was replaced by Anna Paris, who flew in from Paris.";
        var doc = Merge(WithSpans(text, ("Teresa Kowalczyk", 0, EntityLabels.Person), ("Kowalczyk", 1, EntityLabels.Location),
            ("Anna Paris", 0, EntityLabels.Person), ("Paris", 1, EntityLabels.Location)));
        var minister = Assert.Single(doc.Entities, e => e.Name == "Teresa Kowalczyk");
        Assert.Equal(["Teresa Kowalczyk", "Kowalczyk"], minister.Mentions.Select(m => text[m.Start..m.End]));
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Kowalczyk");
        Assert.Equal(EntityLabels.Location, Assert.Single(doc.Entities, e => e.Name == "Paris").Label);
    }

    [Fact]
    public void A_lone_word_tagged_as_a_place_that_is_the_family_name_written_first_of_one_person_is_that_person()
    {
        const string text = "President Rhee Dong-hwan appointed three ministers. Rhee said the cabinet was complete.";
        var doc = Merge(WithSpans(text, ("Rhee Dong-hwan", 0, EntityLabels.Person), ("Rhee", 1, EntityLabels.Location)));
        var president = Assert.Single(doc.Entities);
        Assert.Equal("Rhee Dong-hwan", president.Name);
        Assert.Equal(["Rhee Dong-hwan", "Rhee"], president.Mentions.Select(m => text[m.Start..m.End]));
    }
}
