using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

public sealed class EventCoalescerTests
{
    private static (string Text, List<ArticleEvent> Events) Article(params (string Type, string Sentence, string[] Participants, string? Location, string? Date)[] sentences)
    {
        var text = "";
        var events = new List<ArticleEvent>();
        foreach (var (type, sentence, participants, location, date) in sentences)
        {
            if (text.Length > 0) text += " ";
            events.Add(new ArticleEvent(type, participants, location, date, new Mention(text.Length, text.Length + sentence.Length)));
            text += sentence;
        }
        return (text, events);
    }

    [Fact]
    public void A_deal_first_told_naming_no_one_and_then_with_its_parties_is_one_deal()
    {
        var (text, events) = Article(
            (EventTypes.Agreement, "A protocol on fisheries was concluded at the talks.", [], null, null),
            (EventTypes.Agreement, "The protocol Marta Kask and Aivar Ilves concluded covers river ports as well.", ["Marta Kask", "Aivar Ilves"], null, null));
        var merged = Assert.Single(EventCoalescer.Merge(events, text, []));
        Assert.Equal(["Marta Kask", "Aivar Ilves"], merged.Participants);
    }

    [Fact]
    public void Appointments_are_told_apart_by_their_appointees_not_by_who_appoints()
    {
        static ArticleEvent Appointment(int start, int end, string appointee) =>
            new(EventTypes.Appointment, ["Aivar Ilves", appointee], null, null, new Mention(start, end))
            {
                Roles = [new("Aivar Ilves", EntityLabels.Person, NewsExtract.Core.Records.EventRoles.Agent), new(appointee, EntityLabels.Person, NewsExtract.Core.Records.EventRoles.Target)],
            };
        const string text = "Ilves appointed Marta Kask as culture minister. Ilves appointed Juris Ozols as land minister. Kask was appointed after a vote.";
        var events = new List<ArticleEvent> { Appointment(0, 46, "Marta Kask"), Appointment(47, 91, "Juris Ozols"), Appointment(92, text.Length, "Kask") };
        var merged = EventCoalescer.Merge(events, text, []);
        Assert.Equal(2, merged.Count);
        Assert.Contains(merged, e => e.Participants.Contains("Juris Ozols") && !e.Participants.Contains("Marta Kask"));
    }

    [Fact]
    public void Court_cases_are_told_apart_by_who_is_charged_not_by_the_court_that_rules()
    {
        static ArticleEvent Case(int start, int end, string defendant) =>
            new(EventTypes.Legal, ["Harbour District Court", defendant], null, null, new Mention(start, end))
            {
                Roles = [new("Harbour District Court", EntityLabels.Organization, NewsExtract.Core.Records.EventRoles.Agent), new(defendant, EntityLabels.Person, NewsExtract.Core.Records.EventRoles.Target)],
            };
        const string text = "A district court in Harbour arrested Lev Sarin. A district court in Harbour arrested Oskar Brandt. Sarin was arrested in absentia.";
        var events = new List<ArticleEvent> { Case(0, 47, "Lev Sarin"), Case(48, 98, "Oskar Brandt"), Case(99, text.Length, "Sarin") };
        var merged = EventCoalescer.Merge(events, text, []);
        Assert.Equal(2, merged.Count);
        Assert.Contains(merged, e => e.Participants.Contains("Oskar Brandt") && !e.Participants.Contains("Lev Sarin"));
    }

    [Fact]
    public void Trade_reports_for_partners_the_other_does_not_name_stay_apart_and_a_restatement_naming_the_partner_joins()
    {
        static ArticleEvent Trade(int start, int end, params (string Name, string Role)[] parties) =>
            new(EventTypes.Trade, [.. parties.Select(p => p.Name)], null, null, new Mention(start, end))
            {
                Roles = [.. parties.Select(p => new EventParticipant(p.Name, EntityLabels.Gpe, p.Role))],
            };
        const string text = "Latvia's trade with Estonia rose. Latvia's trade with Finland fell. Estonia buys Latvian grain.";
        var events = new List<ArticleEvent>
        {
            Trade(0, 33, ("Latvia", NewsExtract.Core.Records.EventRoles.Agent), ("Estonia", NewsExtract.Core.Records.EventRoles.Counterpart)),
            Trade(34, 66, ("Latvia", NewsExtract.Core.Records.EventRoles.Agent), ("Finland", NewsExtract.Core.Records.EventRoles.Counterpart)),
            Trade(67, text.Length, ("Estonia", NewsExtract.Core.Records.EventRoles.Agent)),
        };
        var merged = EventCoalescer.Merge(events, text, []);
        Assert.Equal(2, merged.Count);
        Assert.Contains(merged, e => e.Participants.Contains("Finland") && !e.Participants.Contains("Estonia"));
    }

    [Fact]
    public void Talks_with_a_counterpart_the_other_meeting_never_names_are_another_meeting()
    {
        static ArticleEvent Meeting(int start, int end, params (string Name, string Role)[] parties) =>
            new(EventTypes.Meeting, [.. parties.Select(p => p.Name)], null, null, new Mention(start, end))
            {
                Roles = [.. parties.Select(p => new EventParticipant(p.Name, EntityLabels.Person, p.Role))],
            };
        const string text = "Aivar Ilves met Marta Kask. Juris Ozols held talks with Ilze Berzina. Kask also discussed transit with Ilves.";
        var events = new List<ArticleEvent>
        {
            Meeting(0, 27, ("Aivar Ilves", NewsExtract.Core.Records.EventRoles.Agent), ("Marta Kask", NewsExtract.Core.Records.EventRoles.Counterpart)),
            Meeting(28, 69, ("Juris Ozols", NewsExtract.Core.Records.EventRoles.Agent), ("Ilze Berzina", NewsExtract.Core.Records.EventRoles.Counterpart)),
            Meeting(70, text.Length, ("Kask", NewsExtract.Core.Records.EventRoles.Agent), ("Ilves", NewsExtract.Core.Records.EventRoles.Counterpart)),
        };
        var merged = EventCoalescer.Merge(events, text, []);
        Assert.Equal(2, merged.Count);
        Assert.Contains(merged, e => e.Participants.SequenceEqual(["Juris Ozols", "Ilze Berzina"]));
    }

    [Fact]
    public void What_the_sides_do_belongs_to_the_latest_meeting_even_when_a_body_they_discuss_looks_like_a_counterpart()
    {
        static ArticleEvent Meeting(int start, int end, params (string Name, string Role)[] parties) =>
            new(EventTypes.Meeting, [.. parties.Select(p => p.Name)], null, null, new Mention(start, end))
            {
                Roles = [.. parties.Select(p => new EventParticipant(p.Name, EntityLabels.Person, p.Role))],
            };
        const string text = "Aivar Ilves met Marta Kask in Riga. The two ministers also discussed the Nordic Council agenda.";
        int second = text.IndexOf("The two", StringComparison.Ordinal);
        var events = new List<ArticleEvent>
        {
            Meeting(0, second - 1, ("Aivar Ilves", NewsExtract.Core.Records.EventRoles.Agent), ("Marta Kask", NewsExtract.Core.Records.EventRoles.Counterpart)),
            Meeting(second, text.Length, ("Nordic Council", NewsExtract.Core.Records.EventRoles.Counterpart)),
        };
        var merged = Assert.Single(EventCoalescer.Merge(events, text, []));
        Assert.Equal(["Aivar Ilves", "Marta Kask", "Nordic Council"], merged.Participants);
    }

    [Fact]
    public void Restated_meeting_with_other_participants_is_one_event()
    {
        var (text, events) = Article(
            (EventTypes.Meeting, "The foreign ministers of Latvia and Georgia met in Riga on Monday.", ["Latvia", "Georgia"], "Riga", "2020-03-02"),
            (EventTypes.Meeting, "Minister Ilze Berzina and her counterpart Davit Kapanadze discussed transit.", ["Ilze Berzina", "Davit Kapanadze"], null, null));
        var merged = Assert.Single(EventCoalescer.Merge(events, text, []));
        Assert.Equal(["Latvia", "Georgia", "Ilze Berzina", "Davit Kapanadze"], merged.Participants);
    }

    [Fact]
    public void Conferences_in_different_places_or_the_next_session_stay_apart()
    {
        var (text, events) = Article(
            (EventTypes.Conference, "The energy forum opened in Tbilisi on Tuesday.", [], "Tbilisi", null),
            (EventTypes.Conference, "Delegates from 20 countries attend the forum.", [], null, null),
            (EventTypes.Conference, "The next forum will take place in 2022.", [], null, "2022"),
            (EventTypes.Conference, "A similar exhibition was held in Yerevan.", [], "Yerevan", null));
        Assert.Equal(3, EventCoalescer.Merge(events, text, []).Count);
    }

    [Fact]
    public void Surname_alone_restates_the_appointment_of_the_full_name()
    {
        var (text, events) = Article(
            (EventTypes.Appointment, "Timur Abenov was appointed deputy minister of energy.", ["Timur Abenov"], null, null),
            (EventTypes.Appointment, "Abenov previously headed the grid company.", ["Abenov"], null, null),
            (EventTypes.Appointment, "Dana Serikova was named head of the customs service.", ["Dana Serikova"], null, null));
        Assert.Equal(2, EventCoalescer.Merge(events, text, []).Count);
    }

    [Fact]
    public void Investments_of_different_parties_stay_apart_and_an_anonymous_restatement_joins()
    {
        var (text, events) = Article(
            (EventTypes.Investment, "Orion Steel will invest $40 million in a rolling mill.", ["Orion Steel"], null, null),
            (EventTypes.Investment, "The money will finance two production lines.", [], null, null),
            (EventTypes.Investment, "Nordic Bank will lend EUR 15 million to the port.", ["Nordic Bank"], null, null));
        var money = new List<MoneyMention>
        {
            new(text.IndexOf("$40 million", StringComparison.Ordinal), text.IndexOf("$40 million", StringComparison.Ordinal) + 11, 40_000_000m, null, "USD"),
            new(text.IndexOf("EUR 15 million", StringComparison.Ordinal), text.IndexOf("EUR 15 million", StringComparison.Ordinal) + 14, 15_000_000m, null, "EUR"),
        };
        var merged = EventCoalescer.Merge(events, text, money);
        Assert.Equal(2, merged.Count);
        Assert.Equal(["Orion Steel"], merged[0].Participants);
    }

    [Fact]
    public void Anonymous_sentence_with_another_amount_is_another_investment()
    {
        var (text, events) = Article(
            (EventTypes.Investment, "Orion Steel will invest $40 million in a rolling mill.", ["Orion Steel"], null, null),
            (EventTypes.Investment, "The regional budget will also allocate $5 million for roads.", [], null, null));
        var money = new List<MoneyMention>
        {
            new(text.IndexOf("$40", StringComparison.Ordinal), text.IndexOf("$40", StringComparison.Ordinal) + 11, 40_000_000m, null, "USD"),
            new(text.IndexOf("$5", StringComparison.Ordinal), text.IndexOf("$5", StringComparison.Ordinal) + 10, 5_000_000m, null, "USD"),
        };
        Assert.Equal(2, EventCoalescer.Merge(events, text, money).Count);
    }

    [Fact]
    public void Two_sums_from_one_giver_are_two_investments()
    {
        var (text, events) = Article(
            (EventTypes.Investment, "In 2009 Norland allocated $50 million to rebuild schools in Vesta.", ["Norland", "Vesta"], null, "2009"),
            (EventTypes.Investment, "Norland also provided $80 million for housing in Vesta.", ["Norland", "Vesta"], null, null),
            (EventTypes.Investment, "The $80 million went to three districts.", [], null, null));
        var money = new List<MoneyMention>
        {
            new(text.IndexOf("$50", StringComparison.Ordinal), text.IndexOf("$50", StringComparison.Ordinal) + 11, 50_000_000m, null, "USD"),
            new(text.IndexOf("$80", StringComparison.Ordinal), text.IndexOf("$80", StringComparison.Ordinal) + 11, 80_000_000m, null, "USD"),
            new(text.LastIndexOf("$80", StringComparison.Ordinal), text.LastIndexOf("$80", StringComparison.Ordinal) + 11, 80_000_000m, null, "USD"),
        };
        var merged = EventCoalescer.Merge(events, text, money);
        Assert.Equal(2, merged.Count);
        Assert.Contains("$80 million for housing", text[merged[1].Sentence.Start..merged[1].Sentence.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Two_works_each_with_its_own_budget_are_two_projects()
    {
        var (text, events) = Article(
            (EventTypes.Project, "Vesta will spend 40 million crowns on the construction of the northern bypass.", ["Vesta"], null, null),
            (EventTypes.Project, "Another 15 million crowns go to the construction of a bridge over the Lorn.", ["Vesta"], null, null),
            (EventTypes.Project, "Work on the bypass will start in spring.", [], null, null));
        var money = new List<MoneyMention>
        {
            new(text.IndexOf("40 million", StringComparison.Ordinal), text.IndexOf("40 million", StringComparison.Ordinal) + 17, 40_000_000m, null, "XVC"),
            new(text.IndexOf("15 million", StringComparison.Ordinal), text.IndexOf("15 million", StringComparison.Ordinal) + 17, 15_000_000m, null, "XVC"),
        };
        var merged = EventCoalescer.Merge(events, text, money);
        Assert.Equal(2, merged.Count);
        Assert.Contains("bridge over the Lorn", text[merged[1].Sentence.Start..merged[1].Sentence.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Same_amount_ties_two_sentences_about_one_agreement()
    {
        var (text, events) = Article(
            (EventTypes.Agreement, "The ministry signed a contract worth $12 million with Baltic Rail.", ["Baltic Rail"], null, null),
            (EventTypes.Agreement, "The $12 million deal was signed by Deputy Minister Aivars Ozols.", ["Aivars Ozols"], null, null));
        int first = text.IndexOf("$12", StringComparison.Ordinal), second = text.LastIndexOf("$12", StringComparison.Ordinal);
        var money = new List<MoneyMention> { new(first, first + 11, 12_000_000m, null, "USD"), new(second, second + 11, 12_000_000m, null, "USD") };
        Assert.Single(EventCoalescer.Merge(events, text, money));
    }

    [Fact]
    public void Talks_restated_after_following_are_not_a_next_session()
    {
        var (text, events) = Article(
            (EventTypes.Meeting, "On Monday, the prime minister held talks with his Moldovan counterpart.", ["Ion Rusu"], null, "2021-05-03"),
            (EventTypes.Meeting, "Following the talks, the two signed a memorandum.", [], null, null));
        Assert.Single(EventCoalescer.Merge(events, text, []));
    }

    [Fact]
    public void Fine_told_without_a_name_joins_the_court_case()
    {
        var (text, events) = Article(
            (EventTypes.Legal, "The court found Rustam Aliev guilty of taking bribes worth $90,000.", ["Rustam Aliev"], null, null),
            (EventTypes.Legal, "He was also fined $20,000.", [], null, null));
        int first = text.IndexOf("$90,000", StringComparison.Ordinal), second = text.IndexOf("$20,000", StringComparison.Ordinal);
        var money = new List<MoneyMention> { new(first, first + 7, 90_000m, null, "USD"), new(second, second + 7, 20_000m, null, "USD") };
        Assert.Single(EventCoalescer.Merge(events, text, money));
    }

    [Fact]
    public void Stages_of_one_case_are_happenings_of_their_own_and_details_join_their_stage()
    {
        var (text, events) = Article(
            (EventTypes.Legal, "A city court on Friday sentenced former deputy mayor Lena Vasko to four years in prison.", ["Lena Vasko"], null, "2022-03-04"),
            (EventTypes.Legal, "Vasko was arrested in June 2020 at her home.", ["Lena Vasko"], null, "2020-06"),
            (EventTypes.Legal, "The court also fined her 2 million roubles.", [], null, null),
            (EventTypes.Legal, "Her lawyer said she would appeal the verdict.", [], null, null));
        var merged = EventCoalescer.Merge(events, text, []);
        Assert.Equal(3, merged.Count);
        Assert.Equal([0, text.IndexOf("Vasko was", StringComparison.Ordinal), text.IndexOf("Her lawyer", StringComparison.Ordinal)],
            merged.Select(e => e.Sentence.Start));
    }

    [Fact]
    public void Investigation_told_later_with_its_own_year_is_the_same_case()
    {
        var (text, events) = Article(
            (EventTypes.Legal, "The competition board fined five dairy producers a total of 40 million lari on Monday.", ["Competition Board"], null, "2021-06-14"),
            (EventTypes.Legal, "The investigation, opened in 2020, found that the producers had agreed on prices.", [], null, "2020"),
            (EventTypes.Legal, "According to the board, in 2019-2020 Alpina Dairy raised prices 14 times.", ["Alpina Dairy"], null, "2019/2020"));
        Assert.Equal(2, EventCoalescer.Merge(events, text, []).Count);
    }

    [Fact]
    public void Sanctions_that_also_target_a_director_are_one_act_and_a_company_s_first_word_names_it()
    {
        var (text, events) = Article(
            (EventTypes.Legal, "The Treasury imposed sanctions on Northwind Shipping Lines for carrying embargoed oil.", ["Treasury", "Northwind Shipping Lines"], null, null),
            (EventTypes.Legal, "The sanctions further apply to the firm's owner, Omar Haddad.", ["Omar Haddad"], null, null),
            (EventTypes.Legal, "Northwind said it would challenge the decision.", ["Northwind"], null, null));
        var merged = Assert.Single(EventCoalescer.Merge(events, text, []));
        Assert.Contains("Omar Haddad", merged.Participants);
    }

    [Fact]
    public void A_case_named_in_passing_does_not_make_another_party_s_arrest_a_restatement()
    {
        var (text, events) = Article(
            (EventTypes.Legal, "The district court arrested former mayor Pavel Orlov on bribery charges.", ["Pavel Orlov"], null, null),
            (EventTypes.Legal, "A contractor, Ivan Gusev, who is helping the investigation, was released on bail.", ["Ivan Gusev"], null, null));
        Assert.Equal(2, EventCoalescer.Merge(events, text, []).Count);
    }

    [Fact]
    public void Incident_restated_by_another_party_is_one_and_an_incident_told_separately_is_another()
    {
        var (text, events) = Article(
            (EventTypes.Conflict, "Militants attacked a border post in Khost province on Tuesday, killing two guards.", ["Afghanistan"], "Khost", "2019-04-02"),
            (EventTypes.Conflict, "The Defense Ministry said the attackers retreated across the border.", ["Defense Ministry"], null, null),
            (EventTypes.Conflict, "Separately, a roadside bomb wounded three civilians in Paktia.", [], "Paktia", null));
        var merged = EventCoalescer.Merge(events, text, []);
        Assert.Equal(2, merged.Count);
        Assert.Equal(["Afghanistan", "Defense Ministry"], merged[0].Participants);
        Assert.Equal(text.IndexOf("Separately", StringComparison.Ordinal), merged[1].Sentence.Start);
    }

    [Fact]
    public void Exhibition_running_until_a_later_day_is_the_exhibition_that_opened()
    {
        var (text, events) = Article(
            (EventTypes.Conference, "The Caspian Agro exhibition opened in Baku on Tuesday.", [], "Baku", "2022-05-17"),
            (EventTypes.Conference, "Some 200 companies show their products at the exhibition, which runs until May 20.", [], null, "2022-05-20"));
        Assert.Single(EventCoalescer.Merge(events, text, []));
    }

    [Fact]
    public void A_country_is_not_the_company_named_after_it()
    {
        var (text, events) = Article(
            (EventTypes.Agreement, "Azerbaijan Railways signed a contract with a Swiss carmaker.", ["Azerbaijan Railways"], null, null),
            (EventTypes.Agreement, "Azerbaijan also signed a memorandum with Georgia on transit.", ["Azerbaijan", "Georgia"], null, null));
        Assert.Equal(2, EventCoalescer.Merge(events, text, []).Count);
    }

    [Fact]
    public void Funds_channelled_through_named_banks_are_the_loan_already_told()
    {
        var (text, events) = Article(
            (EventTypes.Investment, "The Asian Development Bank will lend Mongolia $80 million for small businesses.", ["Asian Development Bank"], null, null),
            (EventTypes.Investment, "The funds will be channelled through Khan Bank and Golomt Bank to small firms, up to $500,000 each.", ["Khan Bank", "Golomt Bank"], null, null));
        int first = text.IndexOf("$80", StringComparison.Ordinal), second = text.IndexOf("$500,000", StringComparison.Ordinal);
        var money = new List<MoneyMention> { new(first, first + 11, 80_000_000m, null, "USD"), new(second, second + 8, 500_000m, null, "USD") };
        var merged = Assert.Single(EventCoalescer.Merge(events, text, money));
        Assert.Equal(["Asian Development Bank", "Khan Bank", "Golomt Bank"], merged.Participants);
    }

    [Fact]
    public void A_deal_singled_out_of_a_package_details_the_package_and_a_separate_deal_stays_apart()
    {
        var (text, events) = Article(
            (EventTypes.Agreement, "Latvian and Estonian companies signed 30 agreements worth EUR 200 million at the Riga business forum.", [], "Riga", null),
            (EventTypes.Agreement, "Among them is a contract between Baltic Timber and Tallinn Port for the supply of pellets worth EUR 12 million.", ["Baltic Timber", "Tallinn Port"], null, null),
            (EventTypes.Agreement, "The two governments also agreed to build a ferry terminal worth EUR 40 million.", ["Latvia", "Estonia"], null, null));
        int a = text.IndexOf("EUR 200", StringComparison.Ordinal), b = text.IndexOf("EUR 12", StringComparison.Ordinal), c = text.IndexOf("EUR 40", StringComparison.Ordinal);
        var money = new List<MoneyMention> { new(a, a + 15, 200_000_000m, null, "EUR"), new(b, b + 14, 12_000_000m, null, "EUR"), new(c, c + 14, 40_000_000m, null, "EUR") };
        var merged = EventCoalescer.Merge(events, text, money);
        Assert.Equal(2, merged.Count);
        Assert.Equal(["Baltic Timber", "Tallinn Port"], merged[0].Participants);
    }
}
