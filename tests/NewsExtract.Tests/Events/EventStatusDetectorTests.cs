using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

public sealed class EventStatusDetectorTests
{
    private static readonly DateTimeOffset Published = new(2021, 6, 10, 9, 0, 0, TimeSpan.Zero);

    /// <param name="date">a date written in the sentence, with the first and last day it covers</param>
    private static string StatusOf(string sentence, string type, (string Text, DateOnly From, DateOnly To)? date = null)
    {
        var trigger = EventTriggerFinder.Find(sentence, 0, sentence.Length, type);
        Assert.NotNull(trigger);
        List<DateMention> dates = date is { } d
            ? [new DateMention(sentence.IndexOf(d.Text, StringComparison.Ordinal), sentence.IndexOf(d.Text, StringComparison.Ordinal) + d.Text.Length, "", d.From, d.To)]
            : [];
        return EventStatusDetector.Detect(sentence, new Mention(0, sentence.Length), trigger, type, dates, Published);
    }

    [Theory]
    [InlineData("The two ministers met in Vilnius on Tuesday.", EventTypes.Meeting, EventStatuses.Occurred)]
    [InlineData("The mayor will visit the twin city next week.", EventTypes.Visit, EventStatuses.Planned)]
    [InlineData("A regional summit is to be held in Tartu in the autumn.", EventTypes.Conference, EventStatuses.Planned)]
    [InlineData("The ministry plans to invest more in rural clinics.", EventTypes.Investment, EventStatuses.Planned)]
    [InlineData("The sides agreed to hold a business forum in Riga.", EventTypes.Conference, EventStatuses.Planned)]
    [InlineData("The ferry operators signed a deal that will add two routes.", EventTypes.Agreement, EventStatuses.Occurred)]
    [InlineData("The forum, to be held in Tartu in October, brings together 500 firms.", EventTypes.Conference, EventStatuses.Planned)]
    [InlineData("The forum, held in Tartu last week, brought together 500 firms.", EventTypes.Conference, EventStatuses.Occurred)]
    [InlineData("The ferry operators signed an accord, which will add two routes.", EventTypes.Agreement, EventStatuses.Occurred)]
    [InlineData("The planned visit of the delegation was postponed because of the storm.", EventTypes.Visit, EventStatuses.Cancelled)]
    [InlineData("The two towns had signed a twinning accord long before the war.", EventTypes.Agreement, EventStatuses.Background)]
    [InlineData("Last year's memorandum on river fishing expires in May.", EventTypes.Agreement, EventStatuses.Background)]
    public void Status_follows_the_grammar_of_the_triggers_clause(string sentence, string type, string status) =>
        Assert.Equal(status, StatusOf(sentence, type));

    [Fact]
    public void An_event_its_clause_dates_in_an_earlier_year_is_background_and_a_later_date_is_planned()
    {
        Assert.Equal(EventStatuses.Background, StatusOf("The bridge was inaugurated in 2015.", EventTypes.Project, ("2015", new(2015, 1, 1), new(2015, 12, 31))));
        Assert.Equal(EventStatuses.Planned, StatusOf("A groundbreaking ceremony for the ferry terminal takes place on 3 September.", EventTypes.Project, ("3 September", new(2021, 9, 3), new(2021, 9, 3))));
        Assert.Equal(EventStatuses.Occurred, StatusOf("The bridge was inaugurated on Monday.", EventTypes.Project, ("Monday", new(2021, 6, 7), new(2021, 6, 7))));
        // a date in another clause says nothing about this one
        Assert.Equal(EventStatuses.Occurred, StatusOf("The governor, in office since 2015, inaugurated the bridge on Monday.", EventTypes.Project, ("2015", new(2015, 1, 1), new(2015, 12, 31))));
    }

    [Fact]
    public void A_purpose_is_not_a_plan() =>
        Assert.Equal(EventStatuses.Occurred, StatusOf("The fund provided the town with a grant to finance the new school.", EventTypes.Investment));

    [Fact]
    public void A_trade_figure_for_a_past_period_is_still_the_news() =>
        Assert.Equal(EventStatuses.Occurred, StatusOf("Exports to Finland grew by 4 percent in 2020.", EventTypes.Trade, ("2020", new(2020, 1, 1), new(2020, 12, 31))));

    [Fact]
    public void Without_a_trigger_the_sentence_mood_decides()
    {
        const string sentence = "Delegations from both towns will gather on Friday.";
        Assert.Equal(EventStatuses.Planned, EventStatusDetector.Detect(sentence, new Mention(0, sentence.Length), null, EventTypes.Meeting, [], Published));
    }
}
