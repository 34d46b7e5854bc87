using Microsoft.Extensions.Time.Testing;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Events;
using NewsExtract.Extraction.Officials;
using NewsExtract.Extraction.Records;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Records;

/// <summary>The events of a version-3 record: ids, trigger spans, statuses and participants as references to the record's entities.</summary>
public sealed class EventRecordTests
{
    private const string Text =
        "Minister of Economy Liina Vaher met Ambassador of Latvia Edgars Kalnins in Tartu on June 9. " +
        "Construction of a freight terminal in Valga by the Baltic Rail Company will begin next month.";

    private static ArticleRecord Build()
    {
        var document = HandLayeredDocument.Of(Text, new DateTimeOffset(2021, 6, 10, 9, 0, 0, TimeSpan.Zero))
            .Person("Liina Vaher", "Edgars Kalnins").Place("Latvia", "Tartu", "Valga").Org("Baltic Rail Company")
            .Date("June 9", "2021-06-09").Date("next month", "2021-07").Build();
        new EntityMerger().Process(document);
        new OfficialRecognizer().Process(document);
        new EventExtractor(new TriggerEventClassifier()).Process(document);
        return new RecordBuilder(new FakeTimeProvider()).Build(document);
    }

    [Fact]
    public void Events_and_entities_are_numbered_and_the_record_keeps_the_version_3_contract()
    {
        var record = Build();
        RecordSchema.AssertValid(RecordSerializer.ToJsonLine(record));
        Assert.Equal(3, record.SchemaVersion);
        Assert.Equal(["e1", "e2"], record.Events.Select(e => e.Id));
        Assert.Equal(["off1", "off2"], record.Officials.Select(o => o.Id));
        Assert.Equal(["org1"], record.Organizations.Select(o => o.Id));
        Assert.Equal(Enumerable.Range(1, record.Locations.Count).Select(i => "loc" + i), record.Locations.Select(l => l.Id));
    }

    [Fact]
    public void The_meeting_has_its_trigger_status_place_and_officials_by_id_with_roles()
    {
        var record = Build();
        var meeting = record.Events.Single(e => e.Type == EventTypes.Meeting);
        Assert.Equal(new MentionRecord("met", Text.IndexOf(" met ", StringComparison.Ordinal) + 1, Text.IndexOf(" met ", StringComparison.Ordinal) + 4), meeting.Trigger);
        Assert.Equal((EventStatuses.Occurred, StatusSources.Model), (meeting.Status, meeting.StatusSource));
        Assert.Equal("Tartu", meeting.Location);
        Assert.Equal(["Liina Vaher", "Edgars Kalnins"], meeting.Participants);
        var vaher = record.Officials.Single(o => o.Name == "Liina Vaher").Id;
        var kalnins = record.Officials.Single(o => o.Name == "Edgars Kalnins").Id;
        Assert.Equal([(vaher!, "Liina Vaher", EventRoles.Agent), (kalnins!, "Edgars Kalnins", EventRoles.Counterpart)],
            meeting.ParticipantRefs.Select(r => (r.EntityId, r.Name, r.Role)));
    }

    [Fact]
    public void The_planned_opening_points_at_the_company()
    {
        var record = Build();
        var opening = record.Events.Single(e => e.Type == EventTypes.Project);
        Assert.Equal(EventStatuses.Planned, opening.Status);
        Assert.Equal("Valga", opening.Location);
        var company = Assert.Single(opening.ParticipantRefs);
        Assert.Equal(("org1", EventRoles.Agent), (company.EntityId, company.Role));
    }

    [Fact]
    public void Older_lines_without_the_new_fields_still_read()
    {
        const string v2Event = """{"type":"Meeting","participants":["A"],"location":null,"date":null,"sentence":{"text":"A met B.","start":0,"end":8},"status":"planned"}""";
        var line = RecordSerializer.ToJsonLine(Build());
        var start = line.IndexOf("\"events\":[", StringComparison.Ordinal) + "\"events\":[".Length;
        var end = line.IndexOf("],\"model\"", StringComparison.Ordinal);
        var old = RecordSerializer.FromJson(line[..start] + v2Event + line[end..]);
        var e = Assert.Single(old.Events);
        Assert.Equal((null, null, EventStatuses.Planned), (e.Id, e.StatusSource, e.Status));
        Assert.Empty(e.ParticipantRefs);
    }
}
