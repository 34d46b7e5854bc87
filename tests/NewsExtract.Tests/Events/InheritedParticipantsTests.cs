using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Events;
using NewsExtract.Extraction.Officials;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Events;

public sealed class InheritedParticipantsTests
{
    private static ArticleEvent Event(string type, int start, params string[] participants) =>
        new(type, participants, null, null, new Mention(start, start + 10))
        {
            Roles = [.. participants.Select((p, i) => new EventParticipant(p, EntityLabels.Person, i == 0 ? EventRoles.Agent : EventRoles.Counterpart))],
        };

    [Fact]
    public void An_event_naming_no_one_takes_the_participants_and_roles_of_the_latest_earlier_event_of_its_type()
    {
        var filled = InheritedParticipants.Fill(
        [
            Event(EventTypes.Meeting, 0, "Ilze Berzina", "Tomas Novak"),
            Event(EventTypes.Agreement, 20, "Baltic Rail"),
            Event(EventTypes.Meeting, 40),
        ]);

        Assert.Equal(["Ilze Berzina", "Tomas Novak"], filled[2].Participants);
        Assert.Equal([EventRoles.Agent, EventRoles.Counterpart], filled[2].Roles.Select(r => r.Role));
    }

    [Fact]
    public void Without_an_earlier_event_of_its_type_it_takes_those_of_the_latest_earlier_event()
    {
        var filled = InheritedParticipants.Fill([Event(EventTypes.Visit, 0, "Tomas Novak"), Event(EventTypes.Meeting, 20, "Ilze Berzina"), Event(EventTypes.Agreement, 40)]);

        Assert.Equal(["Ilze Berzina"], filled[2].Participants);
    }

    [Fact]
    public void A_trade_report_takes_parties_from_a_trade_report_only_and_no_other_event_takes_a_trade_report_s()
    {
        var filled = InheritedParticipants.Fill(
        [
            Event(EventTypes.Meeting, 0, "Ilze Berzina"),
            Event(EventTypes.Trade, 20),
            Event(EventTypes.Trade, 40, "Latvia"),
            Event(EventTypes.Visit, 60),
            Event(EventTypes.Trade, 80),
        ]);

        Assert.Empty(filled[1].Participants);
        Assert.Equal(["Ilze Berzina"], filled[3].Participants);
        Assert.Equal(["Latvia"], filled[4].Participants);
    }

    [Fact]
    public void The_first_event_and_events_naming_someone_keep_their_own()
    {
        var filled = InheritedParticipants.Fill([Event(EventTypes.Trade, 0), Event(EventTypes.Trade, 20, "Latvia"), Event(EventTypes.Trade, 40, "Estonia")]);

        Assert.Empty(filled[0].Participants);
        Assert.Equal(["Latvia"], filled[1].Participants);
        Assert.Equal(["Estonia"], filled[2].Participants);
    }

    [Fact]
    public void In_the_pipeline_a_sentence_about_the_sides_gets_the_meeting_s_participants()
    {
        const string text = "Minister of Economy Samir Huseynov met Ambassador of Italy Marco Bianchi in Ganja on May 3. " +
                            "A memorandum on cooperation in agriculture was signed during the meeting.";
        var doc = HandLayeredDocument.Of(text, new DateTimeOffset(2019, 5, 4, 10, 0, 0, TimeSpan.Zero))
            .Person("Samir Huseynov", "Marco Bianchi").Place("Ganja", "Italy").Date("May 3", "2019-05-03").Build();
        new EntityMerger().Process(doc);
        new OfficialRecognizer().Process(doc);
        new EventExtractor(new TriggerEventClassifier()).Process(doc);

        var agreement = Assert.Single(doc.Events, e => e.Type == EventTypes.Agreement);
        Assert.Equal(["Samir Huseynov", "Marco Bianchi"], agreement.Participants);
    }
}
