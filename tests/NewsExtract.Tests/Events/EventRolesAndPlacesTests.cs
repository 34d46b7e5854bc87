using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Events;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Events;

/// <summary>Trigger spans, participant roles and places the event extractor reads off invented sentences.</summary>
public sealed class EventRolesAndPlacesTests
{
    private static readonly DateTimeOffset Published = new(2021, 6, 10, 9, 0, 0, TimeSpan.Zero);

    private static ArticleEvent Single(Document document, string type)
    {
        new EntityMerger().Process(document);
        new EventExtractor(new TriggerEventClassifier()).Process(document);
        return Assert.Single(document.Events, e => e.Type == type);
    }

    private static Dictionary<string, string> Roles(ArticleEvent e) => e.Roles.ToDictionary(r => r.Name, r => r.Role);

    [Fact]
    public void An_appointment_of_several_people_is_one_event_per_appointee_with_the_one_appointing()
    {
        var document = HandLayeredDocument.Of("President Aivar Ilves appointed Marta Kask as culture minister and Juris Ozols as land minister on Friday.", Published)
            .Person("Aivar Ilves", "Marta Kask", "Juris Ozols").Build();
        new EntityMerger().Process(document);
        new EventExtractor(new TriggerEventClassifier()).Process(document);
        var appointments = document.Events.Where(e => e.Type == EventTypes.Appointment).ToList();
        Assert.Equal(2, appointments.Count);
        Assert.Contains(appointments, e => e.Participants.Contains("Marta Kask") && !e.Participants.Contains("Juris Ozols") && e.Participants.Contains("Aivar Ilves"));
        Assert.Contains(appointments, e => e.Participants.Contains("Juris Ozols") && !e.Participants.Contains("Marta Kask") && e.Participants.Contains("Aivar Ilves"));
    }

    [Fact]
    public void A_preposition_governing_the_trigger_gives_no_role_to_the_triggers_object()
    {
        // "with" governs "the decree", not the people it appointed: they are its targets, one event each
        var document = HandLayeredDocument.Of("The cabinet acted in line with the decree that appointed Marta Kask as culture minister and Juris Ozols as land minister.", Published)
            .Person("Marta Kask", "Juris Ozols").Build();
        new EntityMerger().Process(document);
        new EventExtractor(new TriggerEventClassifier()).Process(document);
        var appointments = document.Events.Where(e => e.Type == EventTypes.Appointment).ToList();
        Assert.Equal(2, appointments.Count);
        Assert.All(appointments, e => Assert.Equal(EventRoles.Target, Assert.Single(e.Roles).Role));
    }

    [Fact]
    public void A_name_before_a_clause_of_its_own_is_not_the_subject_of_that_clauses_passive_appointment()
    {
        var document = HandLayeredDocument.Of("It is Tomas Berg's first trip to Lindau since Anna Sild was appointed as the foreign minister.", Published)
            .Person("Tomas Berg", "Anna Sild").Build();
        var appointment = Single(document, EventTypes.Appointment);
        var roles = Roles(appointment);
        Assert.Equal(EventRoles.Target, roles["Anna Sild"]);
        Assert.NotEqual(EventRoles.Target, roles.GetValueOrDefault("Tomas Berg"));
    }

    [Fact]
    public void A_trade_sentence_with_figures_for_two_partners_is_one_trade_event_per_partner()
    {
        var document = HandLayeredDocument.Of("Latvia's exports to Estonia stood at $2.3 billion, and exports to the Nordic Council rose by 10.5 percent in the first half of the year.", Published)
            .Place("Latvia", "Estonia").Org("Nordic Council").Money("$2.3 billion", 2_300_000_000m).Percent("10.5 percent", 10.5m).Build();
        new EntityMerger().Process(document);
        new EventExtractor(new TriggerEventClassifier()).Process(document);
        var trade = document.Events.Where(e => e.Type == EventTypes.Trade).ToList();
        Assert.Equal(2, trade.Count);
        Assert.Contains(trade, e => e.Participants.SequenceEqual(["Latvia", "Estonia"]));
        Assert.Contains(trade, e => e.Participants.SequenceEqual(["Latvia", "Nordic Council"]) && Roles(e)["Nordic Council"] == EventRoles.Counterpart);
    }

    [Fact]
    public void Partners_named_before_their_share_of_the_exports_are_one_trade_event_each()
    {
        var document = HandLayeredDocument.Of("Estonia took 18 percent of Latvia's exports last year, Lithuania 15 percent and Germany 7 percent.", Published)
            .Place("Estonia", "Latvia", "Lithuania", "Germany").Percent("18 percent", 18m).Percent("15 percent", 15m).Percent("7 percent", 7m).Build();
        new EntityMerger().Process(document);
        new EventExtractor(new TriggerEventClassifier()).Process(document);
        var trade = document.Events.Where(e => e.Type == EventTypes.Trade).ToList();
        Assert.Equal(3, trade.Count);
        foreach (var partner in new[] { "Estonia", "Lithuania", "Germany" })
            Assert.Contains(trade, e => e.Participants.SequenceEqual(["Latvia", partner]) && Roles(e)[partner] == EventRoles.Counterpart);
    }

    [Fact]
    public void The_source_of_trade_figures_is_no_trade_partner()
    {
        var document = HandLayeredDocument.Of("Trade turnover between the two states reached $1.2 billion, according to the Customs Board of Latvia.", Published)
            .Org("Customs Board of Latvia").Money("$1.2 billion", 1_200_000_000m).Build();
        var trade = Single(document, EventTypes.Trade);
        Assert.DoesNotContain("Customs Board of Latvia", trade.Participants);
    }

    [Fact]
    public void Partners_listed_without_a_figure_each_leave_the_trade_sentence_one_event()
    {
        var document = HandLayeredDocument.Of("Latvia's exports to Estonia, Finland and Sweden reached $4.1 billion last year.", Published)
            .Place("Latvia", "Estonia", "Finland", "Sweden").Money("$4.1 billion", 4_100_000_000m).Build();
        var trade = Single(document, EventTypes.Trade);
        Assert.Equal(["Latvia", "Estonia", "Finland", "Sweden"], trade.Participants);
    }

    [Fact]
    public void A_trigger_word_at_the_start_of_a_longer_name_is_not_the_trigger()
    {
        const string text = "The Forum Hall Company sponsored the economic forum in Daugavpils.";
        var forum = Single(HandLayeredDocument.Of(text, Published).Org("Forum Hall Company").Place("Daugavpils").Build(), EventTypes.Conference);
        Assert.Equal(text.IndexOf("forum", StringComparison.Ordinal), forum.Trigger!.Value.Start);
    }

    [Fact]
    public void A_place_named_inside_a_body_name_is_no_participant_the_body_is()
    {
        var document = HandLayeredDocument.Of("The government allocated $2 million to the Estonia Football Association.", Published)
            .Org("Estonia Football Association").Money("$2 million", 2_000_000m).Build();
        new EntityMerger().Process(document);
        var world = NewsExtract.Extraction.Gazetteers.WorldGazetteer.LoadDefault();
        new PlacesInsideNames(world, new NewsExtract.Extraction.Gazetteers.PlaceResolver(world)).Process(document);
        Assert.Contains(document.Entities, e => e.Name == "Estonia" && EntityLabels.IsPlace(e.Label));
        new EventExtractor(new TriggerEventClassifier()).Process(document);
        var investment = Assert.Single(document.Events, e => e.Type == EventTypes.Investment);
        Assert.Contains("Estonia Football Association", investment.Participants);
        Assert.DoesNotContain("Estonia", investment.Participants);
    }

    [Fact]
    public void Subject_and_object_of_met_are_agent_and_counterpart_and_the_trigger_is_the_verb()
    {
        const string text = "Anna Lepik met Juris Ozols in Daugavpils on Monday.";
        var meeting = Single(HandLayeredDocument.Of(text, Published).Person("Anna Lepik", "Juris Ozols").Place("Daugavpils").Build(), EventTypes.Meeting);
        Assert.Equal(new Mention(11, 14), meeting.Trigger);
        Assert.Equal("met", text[11..14]);
        Assert.Equal(EventRoles.Agent, Roles(meeting)["Anna Lepik"]);
        Assert.Equal(EventRoles.Counterpart, Roles(meeting)["Juris Ozols"]);
        Assert.Equal("Daugavpils", meeting.Location);
        Assert.Equal(EventStatuses.Occurred, meeting.Status);
    }

    [Fact]
    public void Talks_between_two_sides_make_the_first_agent_and_the_second_counterpart()
    {
        var talks = Single(HandLayeredDocument.Of("Talks between Estonia and Latvia on the ferry link were held in Tallinn.", Published)
            .Place("Estonia", "Latvia", "Tallinn").Build(), EventTypes.Meeting);
        Assert.Equal(EventRoles.Agent, Roles(talks)["Estonia"]);
        Assert.Equal(EventRoles.Counterpart, Roles(talks)["Latvia"]);
        Assert.Equal("Tallinn", talks.Location);
    }

    [Fact]
    public void With_and_hosted_by_give_counterpart_and_host()
    {
        var talks = Single(HandLayeredDocument.Of("Marta Kask held talks with Peeter Rebane at a dinner hosted by Liis Tamm.", Published)
            .Person("Marta Kask", "Peeter Rebane", "Liis Tamm").Build(), EventTypes.Meeting);
        Assert.Equal(EventRoles.Agent, Roles(talks)["Marta Kask"]);
        Assert.Equal(EventRoles.Counterpart, Roles(talks)["Peeter Rebane"]);
        Assert.Equal(EventRoles.Host, Roles(talks)["Liis Tamm"]);
    }

    [Fact]
    public void The_subject_of_a_passive_appointment_is_its_target()
    {
        var appointment = Single(HandLayeredDocument.Of("Toomas Saar was appointed head of the port authority on Friday.", Published)
            .Person("Toomas Saar").Build(), EventTypes.Appointment);
        Assert.Equal(EventRoles.Target, Roles(appointment)["Toomas Saar"]);
    }

    [Fact]
    public void The_court_sentences_its_target_and_sanctions_against_a_body_target_it()
    {
        var verdict = Single(HandLayeredDocument.Of("The Narva District Court sentenced Oleg Vasin to four years in prison.", Published)
            .Org("Narva District Court").Person("Oleg Vasin").Build(), EventTypes.Legal);
        Assert.Equal("sentenced", verdict.Trigger is { } t ? "The Narva District Court sentenced Oleg Vasin to four years in prison."[t.Start..t.End] : null);
        Assert.Equal(EventRoles.Agent, Roles(verdict)["Narva District Court"]);
        Assert.Equal(EventRoles.Target, Roles(verdict)["Oleg Vasin"]);

        var sanctions = Single(HandLayeredDocument.Of("The council imposed sanctions against Baltic Timber Group.", Published)
            .Org("Baltic Timber Group").Build(), EventTypes.Legal);
        Assert.Equal(EventRoles.Target, Roles(sanctions)["Baltic Timber Group"]);
    }

    [Fact]
    public void A_loan_goes_to_its_beneficiary_from_its_lender()
    {
        var loan = Single(HandLayeredDocument.Of("The Nordic Lending Bank will provide a loan of $40 million to Riga Water.", Published)
            .Org("Nordic Lending Bank", "Riga Water").Money("$40 million", 40_000_000m).Build(), EventTypes.Investment);
        Assert.Equal(EventRoles.Agent, Roles(loan)["Nordic Lending Bank"]);
        Assert.Equal(EventRoles.Beneficiary, Roles(loan)["Riga Water"]);
        Assert.Equal(EventStatuses.Planned, loan.Status);
    }

    [Fact]
    public void A_visit_to_a_country_places_it_there_and_the_host_is_the_one_visited()
    {
        var visit = Single(HandLayeredDocument.Of("Kadri Org arrived in Vilnius on a working visit at the invitation of Rasa Petraitė.", Published)
            .Person("Kadri Org", "Rasa Petraitė").Place("Vilnius").Build(), EventTypes.Visit);
        Assert.Equal(EventRoles.Agent, Roles(visit)["Kadri Org"]);
        Assert.Equal(EventRoles.Host, Roles(visit)["Rasa Petraitė"]);
        Assert.Equal("Vilnius", visit.Location);
    }

    [Fact]
    public void A_place_named_after_its_kind_and_of_is_the_setting()
    {
        var meeting = Single(HandLayeredDocument.Of("Anna Lepik met Juris Ozols in the city of Daugavpils on Monday.", Published)
            .Person("Anna Lepik", "Juris Ozols").Place("Daugavpils").Build(), EventTypes.Meeting);
        Assert.Equal("Daugavpils", meeting.Location);
    }

    [Fact]
    public void The_place_a_verb_of_travel_or_attack_takes_as_its_object_is_the_setting()
    {
        var visit = Single(HandLayeredDocument.Of("Kadri Org visited Tartu on Monday.", Published).Person("Kadri Org").Place("Tartu").Build(), EventTypes.Visit);
        Assert.Equal("Tartu", visit.Location);
        var attack = Single(HandLayeredDocument.Of("Armed men shelled Narva overnight, killing two people.", Published).Place("Narva").Build(), EventTypes.Conflict);
        Assert.Equal("Narva", attack.Location);
    }

    [Fact]
    public void The_leads_talks_deals_gatherings_and_court_cases_happen_at_the_dateline_unless_the_sentence_places_them()
    {
        var datelined = Single(HandLayeredDocument.Of("TALLINN, June 10 (Agency) – Juhan Mets met Ieva Kalna to discuss fishing quotas.", Published)
            .Place("TALLINN").Person("Juhan Mets", "Ieva Kalna").Build(), EventTypes.Meeting);
        Assert.Equal("TALLINN", datelined.Location, ignoreCase: true);
        var placed = Single(HandLayeredDocument.Of("TALLINN, June 10 (Agency) – Juhan Mets met Ieva Kalna in Narva to discuss fishing quotas.", Published)
            .Place("TALLINN", "Narva").Person("Juhan Mets", "Ieva Kalna").Build(), EventTypes.Meeting);
        Assert.Equal("Narva", placed.Location);
        // an appointment is not placed at the dateline, nor is an event of a later sentence
        var appointed = Single(HandLayeredDocument.Of("TALLINN, June 10 (Agency) – Juhan Mets was appointed head of the port authority.", Published)
            .Place("TALLINN").Person("Juhan Mets").Build(), EventTypes.Appointment);
        Assert.Null(appointed.Location);
        var later = Single(HandLayeredDocument.Of("TALLINN, June 10 (Agency) – The port reopened on Monday. Juhan Mets met Ieva Kalna to discuss fishing quotas.", Published)
            .Place("TALLINN").Person("Juhan Mets", "Ieva Kalna").Build(), EventTypes.Meeting);
        Assert.Null(later.Location);
    }

    [Fact]
    public void A_trade_partner_and_a_post_are_not_where_an_event_happened()
    {

        var trade = Single(HandLayeredDocument.Of("Exports to Finland reached $30 million in May.", Published)
            .Place("Finland").Money("$30 million", 30_000_000m).Build(), EventTypes.Trade);
        Assert.Null(trade.Location);
        // a trade figure is no happening somewhere, wherever the sentence says it was counted
        var counted = Single(HandLayeredDocument.Of("Exports to Finland reached $30 million in Tartu county in May.", Published)
            .Place("Finland", "Tartu county").Money("$30 million", 30_000_000m).Build(), EventTypes.Trade);
        Assert.Null(counted.Location);

        var post = Single(HandLayeredDocument.Of("Mart Laur, ambassador in Lithuania, met Aigars Berzins.", Published)
            .Place("Lithuania").Person("Mart Laur", "Aigars Berzins").Build(), EventTypes.Meeting);
        Assert.Null(post.Location);
    }

    [Fact]
    public void After_a_trip_noun_the_one_named_is_the_visitor_and_the_place_is_where_the_trip_went()
    {
        var visit = Single(HandLayeredDocument.Of("During a working trip to Narva, Kadri Org opened talks with local employers.", Published)
            .Person("Kadri Org").Place("Narva").Build(), EventTypes.Visit);
        Assert.Equal(EventRoles.Agent, Roles(visit)["Kadri Org"]);
        Assert.Equal("Narva", visit.Location);
    }

    [Fact]
    public void The_verb_is_the_trigger_rather_than_a_noun_before_it()
    {
        const string text = "A court in Tartu on Monday sentenced Oleg Vasin to four years in prison.";
        var verdict = Single(HandLayeredDocument.Of(text, Published).Person("Oleg Vasin").Place("Tartu").Build(), EventTypes.Legal);
        Assert.Equal("sentenced", text[verdict.Trigger!.Value.Start..verdict.Trigger.Value.End]);
        Assert.Equal(EventRoles.Target, Roles(verdict)["Oleg Vasin"]);
        Assert.Equal("Tartu", verdict.Location);
    }

    [Fact]
    public void The_US_of_a_dollar_sign_is_not_a_place()
    {
        var trade = Single(HandLayeredDocument.Of("Estonia's exports grew in May to US$30 million.", Published)
            .Place("Estonia", "US").Money("US$30 million", 30_000_000m).Build(), EventTypes.Trade);
        Assert.Null(trade.Location);
    }

    [Fact]
    public void The_one_told_is_a_source_not_a_party()
    {
        var arrest = Single(HandLayeredDocument.Of("Toomas Saar was detained at the port, the police told Baltic News Daily.", Published)
            .Person("Toomas Saar").Org("Baltic News Daily").Build(), EventTypes.Legal);
        Assert.Equal(EventRoles.Target, Roles(arrest)["Toomas Saar"]);
        Assert.DoesNotContain("Baltic News Daily", Roles(arrest).Keys);
    }

    [Fact]
    public void Trade_partners_named_without_a_figure_get_no_trade_event()
    {
        var document = HandLayeredDocument.Of("Finland, Sweden and Norway remain the main export destinations of Estonian timber.", Published)
            .Place("Finland", "Sweden", "Norway").Build();
        new EntityMerger().Process(document);
        new EventExtractor(new TriggerEventClassifier()).Process(document);
        Assert.DoesNotContain(document.Events, e => e.Type == EventTypes.Trade);
    }
}
