using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Events;
using NewsExtract.Extraction.Officials;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Events;

public sealed class EventExtractorTests
{
    [Theory]
    [InlineData("The two foreign ministers held talks in Riga on Monday.", EventTypes.Meeting)]
    [InlineData("The delegation arrived in Tbilisi on an official visit.", EventTypes.Visit)]
    [InlineData("The companies signed a memorandum on joint exploration.", EventTypes.Agreement)]
    [InlineData("The investment forum will be held in Tashkent next week.", EventTypes.Conference)]
    [InlineData("Karim Usmonov was appointed head of the tax committee.", EventTypes.Appointment)]
    [InlineData("The development bank will provide a loan of $50 million for the road.", EventTypes.Investment)]
    [InlineData("Exports to Latvia amounted to $20 million in the first quarter.", EventTypes.Trade)]
    [InlineData("The new cement plant was inaugurated in the presence of the governor.", EventTypes.Project)]
    [InlineData("Troops repelled an attack on the border post overnight.", EventTypes.Conflict)]
    [InlineData("The court sentenced the former mayor to six years in prison.", EventTypes.Legal)]
    public void Trigger_list_names_each_type(string sentence, string type) =>
        Assert.Contains(type, new TriggerEventClassifier().Classify(sentence));

    [Theory]
    [InlineData("The minister told journalists at a press conference that exports had grown.", EventTypes.Conference)]
    [InlineData("Prosecutors launched an investigation into the tender.", EventTypes.Project)]
    [InlineData("A criminal case has been opened against the director.", EventTypes.Project)]
    [InlineData("Border guards opened fire on the smugglers' boat.", EventTypes.Project)]
    [InlineData("The probe, launched in March, found violations in the tender.", EventTypes.Project)]
    [InlineData("Cargo turnover of the port grew by 5 percent.", EventTypes.Trade)]
    [InlineData("The Minister of Investments and Foreign Trade opened the session.", EventTypes.Trade)]
    [InlineData("The head of the National Investment Fund spoke to reporters.", EventTypes.Investment)]
    [InlineData("The parties discussed the agreement reached last year.", EventTypes.Agreement)]
    public void Trigger_list_ignores_words_of_other_events(string sentence, string type) =>
        Assert.DoesNotContain(type, new TriggerEventClassifier().Classify(sentence));

    [Theory]
    [InlineData("The wind farm was put into operation on Friday.")]
    [InlineData("The second stage will be commissioned next year.")]
    [InlineData("Construction of the ring road began in March.")]
    [InlineData("A new glass factory opened in the industrial park.")]
    public void Trigger_list_knows_facilities_coming_into_service(string sentence) =>
        Assert.Contains(EventTypes.Project, new TriggerEventClassifier().Classify(sentence));

    [Fact]
    public void Sentence_initial_trade_word_is_still_a_trigger() =>
        Assert.Contains(EventTypes.Trade, new TriggerEventClassifier().Classify("Exports of cotton to Poland doubled in 2019."));

    [Theory]
    [InlineData("Foreign investments in the region amounted to $300 million in the first half of the year.", true)]
    [InlineData("Dutch companies have invested more than €2 billion in the country since 2001.", true)]
    [InlineData("The Spanish company will invest $70 million in a new wind farm.", false)]
    [InlineData("The fund agreed to finance the second stage of the port.", false)]
    public void Investment_statistics_are_told_from_investments(string sentence, bool statistic) =>
        Assert.Equal(statistic, EventTriggerLexicon.IsInvestmentStatistic(sentence));

    [Fact]
    public void Sentence_without_event_has_no_trigger() =>
        Assert.Empty(new TriggerEventClassifier().Classify("The weather will stay warm and dry across the region."));

    [Fact]
    public void Events_get_participants_location_date_and_restatements_merge()
    {
        const string text = "Minister of Economy Samir Huseynov met Ambassador of Italy Marco Bianchi in Ganja on May 3. " +
                            "The talks with Bianchi focused on the new plant. Trade between Italy and Azerbaijan amounted to $2 billion in 2018.";
        var doc = HandLayeredDocument.Of(text, new DateTimeOffset(2019, 5, 4, 10, 0, 0, TimeSpan.Zero))
            .Person("Samir Huseynov", "Marco Bianchi", "Bianchi").Place("Ganja", "Italy", "Azerbaijan").Money("$2 billion", 2_000_000_000m)
            .Date("May 3", "2019-05-03").Date("2018", "2018").Build();
        new EntityMerger().Process(doc);
        new OfficialRecognizer().Process(doc);
        new EventExtractor(new TriggerEventClassifier()).Process(doc);

        var meeting = Assert.Single(doc.Events, e => e.Type == EventTypes.Meeting);
        Assert.Equal(["Samir Huseynov", "Marco Bianchi"], meeting.Participants);
        Assert.Equal("Ganja", meeting.Location);
        Assert.Equal("2019-05-03", meeting.Date);
        var trade = Assert.Single(doc.Events, e => e.Type == EventTypes.Trade);
        Assert.Equal(["Italy", "Azerbaijan"], trade.Participants);
        Assert.Equal("2018", trade.Date);
    }

    [Fact]
    public void The_parties_to_a_conflict_are_the_states_and_bodies_named_not_the_official_reporting_it()
    {
        const string text = "Deputy Minister Lev Sarin said the Peruvian-Ecuadorian border clashes continued overnight.";
        var doc = HandLayeredDocument.Of(text).Person("Lev Sarin").Build();
        new EntityMerger().Process(doc);
        new OfficialRecognizer().Process(doc);
        new EventExtractor(new TriggerEventClassifier()).Process(doc);
        var conflict = Assert.Single(doc.Events, e => e.Type == EventTypes.Conflict);
        Assert.Equal(["Peru", "Ecuador"], conflict.Participants);
    }

    [Fact]
    public void A_nationality_before_arms_names_a_party_to_the_conflict()
    {
        const string text = "Russian drones struck a fuel depot in Kharkiv overnight, killing two people, regional governor Oleh Sid said.";
        var doc = HandLayeredDocument.Of(text).Person("Oleh Sid").Place("Kharkiv").Build();
        new EntityMerger().Process(doc);
        new OfficialRecognizer().Process(doc);
        new EventExtractor(new TriggerEventClassifier()).Process(doc);
        var conflict = Assert.Single(doc.Events, e => e.Type == EventTypes.Conflict);
        Assert.Equal(["Russia"], conflict.Participants);
    }

    [Fact]
    public void Appointments_of_different_people_stay_apart() =>
        Assert.Equal(2, EventCoalescer.Merge(
        [
            new ArticleEvent(EventTypes.Appointment, ["Ali Rzayev"], null, null, new Mention(0, 10)),
            new ArticleEvent(EventTypes.Appointment, ["Kamal Safarov"], null, null, new Mention(11, 20)),
        ]).Count);

    [Fact]
    public void Shipped_model_finds_paraphrases_the_trigger_list_misses()
    {
        // neither sentence holds a trigger word of its type; the model learnt the paraphrases from labelled sentences
        var model = EventModel.LoadDefault();
        var triggers = new TriggerEventClassifier();
        const string meeting = "The prime minister hosted his Hungarian counterpart for discussions on gas supplies.";
        Assert.DoesNotContain(EventTypes.Meeting, triggers.Classify(meeting));
        var scores = model.Score(meeting);
        Assert.True(scores.Meeting > scores.Conflict, $"Meeting {scores.Meeting} vs Conflict {scores.Conflict}");
    }

    [Theory]
    [InlineData("A court in Vesta sentenced ten protesters to prison, a judicial source told Nile Daily.", "Nile Daily")]
    [InlineData("According to the Statistics Office, the court sentenced ten protesters to prison.", "Statistics Office")]
    [InlineData("The court sentenced ten protesters to prison, Trend reports.", "Trend")]
    public void A_body_that_reports_or_is_quoted_on_an_event_takes_no_part(string sentence, string source)
    {
        var doc = HandLayeredDocument.Of(sentence).Org(source).Build();
        new EntityMerger().Process(doc);
        new EventExtractor(new TriggerEventClassifier()).Process(doc);

        var legal = Assert.Single(doc.Events, e => e.Type == EventTypes.Legal);
        Assert.DoesNotContain(source, legal.Participants);
    }

    [Fact]
    public void The_writer_in_a_byline_takes_no_part()
    {
        var doc = HandLayeredDocument.Of("By Anna Berg - Trend: The development bank will provide a loan of $50 million to Latvia.")
            .Person("Anna Berg").Org("Trend").Place("Latvia").Build();
        new EntityMerger().Process(doc);
        new EventExtractor(new TriggerEventClassifier()).Process(doc);

        var investment = Assert.Single(doc.Events, e => e.Type == EventTypes.Investment);
        Assert.Equal(["Latvia"], investment.Participants);
    }
}
