using NewsExtract.Core.Records;
using NewsExtract.Review.Annotations;
using NewsExtract.Review.Decisions;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

public sealed class ReviewedRecordBuilderTests
{
    private static readonly ArticleRecord Sample = ReviewSample.Record();

    private static ReviewDecision D(string action, string target, int seq = 0) => new()
    {
        RecordId = Sample.Id, Revision = 1, Target = target, Action = action, Reviewer = "ann", Sequence = seq,
        DecidedAt = DateTimeOffset.UnixEpoch,
    };

    private static ArticleRecord Apply(params ReviewDecision[] decisions)
    {
        var reviewed = ReviewedRecordBuilder.Apply(Sample, decisions);
        RecordSchema.AssertValid(RecordSerializer.ToJsonLine(reviewed));
        return reviewed;
    }

    [Fact]
    public void Annotations_have_unique_keys_and_cover_every_extraction()
    {
        var annotations = RecordAnnotations.From(Sample);
        Assert.Equal(annotations.Count, annotations.Select(a => a.Key).Distinct().Count());
        Assert.Equal(1 + 3 + 4 + 5 + 3 + 1 + 2 + 3, annotations.Count);
        Assert.All(annotations, a => Assert.Equal(Sample.Text[a.Start..a.End], a.Text));
    }

    [Fact]
    public void Without_decisions_the_record_keeps_its_extractions()
    {
        var reviewed = Apply();
        Assert.Equal(Json(Sample.Officials), Json(reviewed.Officials));
        Assert.Equal(Json(Sample.Persons), Json(reviewed.Persons));
        Assert.Equal(Json(Sample.Locations), Json(reviewed.Locations));
        Assert.Equal(Json(Sample.Money), Json(reviewed.Money));
        Assert.Equal(Json(Sample.Events), Json(reviewed.Events));
        Assert.Equal(Sample.Organizations.Select(o => o.Name), reviewed.Organizations.Select(o => o.Name));
        Assert.StartsWith("analyst-reviewed", reviewed.Model[ReviewedRecordBuilder.ModelKey]);
    }

    [Fact]
    public void Rejected_mentions_go_and_an_entity_without_mentions_goes_with_them()
    {
        var reviewed = Apply(
            D(ReviewActions.Reject, ReviewSample.Key("organization", "SOCAR")),
            D(ReviewActions.Reject, ReviewSample.Key("person", "Rauf Mammadov")),
            D(ReviewActions.Reject, ReviewSample.Key("money", "$250 million")),
            D(ReviewActions.Accept, ReviewSample.Key("official", "Ilham Aliyev")));
        Assert.Empty(reviewed.Persons);
        Assert.Equal([ReviewSample.M("State Oil Company of Azerbaijan")], reviewed.Organizations[0].Mentions);
        Assert.Equal(["$1.14 billion", "150 million euros"], reviewed.Money.Select(m => m.Text));
        Assert.Equal(3, reviewed.Officials.Count);
    }

    [Fact]
    public void A_type_change_moves_the_mention_and_a_span_change_renames_a_single_mention_entity()
    {
        var person = ReviewSample.Key("person", "Rauf Mammadov");
        var wentao = ReviewSample.M("Wang Wentao");
        var reviewed = Apply(
            D(ReviewActions.Correct, person) with { Type = AnnotationKinds.Organization },
            D(ReviewActions.Correct, ReviewSample.Key("official", "Wang Wentao")) with { Start = wentao.Start + 5, End = wentao.End });
        Assert.Empty(reviewed.Persons);
        Assert.Contains(reviewed.Organizations, o => o.Name == "Rauf Mammadov" && o.Mentions.Single() == ReviewSample.M("Rauf Mammadov"));
        var official = Assert.Single(reviewed.Officials, o => o.Title == "Minister of Commerce");
        Assert.Equal(("Wentao", "Wentao", wentao.Start + 5), (official.Name, official.Mentions[0].Text, official.Mentions[0].Start));
    }

    [Fact]
    public void Title_and_country_edits_apply_to_the_official_and_amount_edits_to_the_money()
    {
        var reviewed = Apply(
            D(ReviewActions.Correct, ReviewSample.Key("official", "Mikayil Jabbarov")) with { Title = "Minister of Economy and Industry", Country = "" },
            D(ReviewActions.Correct, ReviewSample.Key("money", "150 million euros")) with { Amount = 150_500_000m, Currency = "EUR", Measure = "loan", Period = "2025" });
        var jabbarov = reviewed.Officials.Single(o => o.Name == "Mikayil Jabbarov");
        Assert.Equal(("Minister of Economy and Industry", null), (jabbarov.Title, jabbarov.Country));
        var loan = reviewed.Money.Single(m => m.Text == "150 million euros");
        Assert.Equal((150500000m, "EUR", "loan", "2025"), (loan.Amount, loan.Currency, loan.Measure, loan.Period));
    }

    [Fact]
    public void An_event_correction_changes_its_type()
    {
        var meeting = RecordAnnotations.From(Sample).Single(a => a.EventType == "Meeting").Key;
        var reviewed = Apply(D(ReviewActions.Correct, meeting) with { Type = "Visit" });
        Assert.Equal(["Visit", "Agreement", "Investment"], reviewed.Events.Select(e => e.Type));
    }

    [Fact]
    public void A_status_the_analyst_changes_is_theirs_and_one_left_as_detected_stays_the_models()
    {
        var meeting = RecordAnnotations.From(Sample).Single(a => a.EventType == "Meeting").Key;
        var reviewed = Apply(D(ReviewActions.Correct, meeting) with { EventStatus = EventStatuses.Background });
        Assert.Equal((EventStatuses.Background, StatusSources.Review), (reviewed.Events[0].Status, reviewed.Events[0].StatusSource));
        Assert.Equal((EventStatuses.Occurred, StatusSources.Model), (reviewed.Events[1].Status, reviewed.Events[1].StatusSource));
        Assert.Equal(["e1", "e2", "e3"], reviewed.Events.Select(e => e.Id));
        Assert.Equal(ReviewSample.M("met"), reviewed.Events[0].Trigger);
    }

    [Fact]
    public void Participants_point_at_the_reviewed_entities_and_keep_their_roles()
    {
        var reviewed = Apply(D(ReviewActions.Reject, ReviewSample.Key("person", "Rauf Mammadov")));
        Assert.Equal(ArticleRecord.CurrentSchemaVersion, reviewed.SchemaVersion);
        Assert.Equal(["off1", "off2", "off3"], reviewed.Officials.Select(o => o.Id));
        Assert.Equal([("off1", EventRoles.Agent), ("off2", EventRoles.Counterpart)], reviewed.Events[0].ParticipantRefs.Select(r => (r.EntityId, r.Role)));
    }

    [Fact]
    public void A_version_2_record_is_reviewed_into_the_current_version()
    {
        var v2 = Sample with
        {
            SchemaVersion = 2,
            Officials = [.. Sample.Officials.Select(o => o with { Id = null })],
            Persons = [.. Sample.Persons.Select(o => o with { Id = null })],
            Organizations = [.. Sample.Organizations.Select(o => o with { Id = null })],
            Locations = [.. Sample.Locations.Select(o => o with { Id = null })],
            Events = [.. Sample.Events.Select(e => e with { Id = null, Trigger = null, Status = null, StatusSource = null, ParticipantRefs = [] })],
        };
        var reviewed = ReviewedRecordBuilder.Apply(RecordSerializer.FromJson(RecordSerializer.ToJsonLine(v2)), []);
        RecordSchema.AssertValid(RecordSerializer.ToJsonLine(reviewed));
        Assert.Equal([("off1", EventRoles.Other), ("off2", EventRoles.Other)], reviewed.Events[0].ParticipantRefs.Select(r => (r.EntityId, r.Role)));
        Assert.Null(reviewed.Events[0].StatusSource);
    }

    [Fact]
    public void Added_entities_are_inserted_joining_an_entity_of_the_same_name()
    {
        var baku2 = ReviewSample.M("Baku", 1);
        var chinese = ReviewSample.M("Chinese");
        var jobs = ReviewSample.M("800 jobs");
        var reviewed = Apply(
            D(ReviewActions.Add, ReviewFolder.AddedKey("location", baku2.Start, baku2.End)) with { Type = "location", Start = baku2.Start, End = baku2.End },
            D(ReviewActions.Add, ReviewFolder.AddedKey("organization", chinese.Start, chinese.End)) with { Type = "organization", Start = chinese.Start, End = chinese.End },
            D(ReviewActions.Add, ReviewFolder.AddedKey("money", jobs.Start, jobs.End)) with { Type = "money", Start = jobs.Start, End = jobs.End, Amount = 800, Currency = "AZN" });
        var baku = reviewed.Locations.Single(l => l.Name == "Baku");
        Assert.Equal(3, baku.Mentions.Count);
        Assert.Contains(baku2, baku.Mentions);
        Assert.Contains(reviewed.Organizations, o => o.Name == "Chinese");
        Assert.Contains(reviewed.Money, m => m.Text == "800 jobs" && m.Amount == 800 && m.Currency == "AZN");
    }

    [Fact]
    public void Decisions_replay_in_order_so_a_later_reject_removes_an_addition_and_folding_keeps_states()
    {
        var span = ReviewSample.M("Chinese");
        var key = ReviewFolder.AddedKey("organization", span.Start, span.End);
        var decisions = new[]
        {
            D(ReviewActions.Add, key) with { Type = "organization", Start = span.Start, End = span.End },
            D(ReviewActions.Correct, ReviewSample.Key("person", "Rauf Mammadov")) with { Type = "official", Title = "Economist" },
            D(ReviewActions.Accept, ReviewSample.Key("person", "Rauf Mammadov")),
            D(ReviewActions.Reject, key),
        };
        var folded = ReviewFolder.Fold(Sample, decisions);
        Assert.Equal(AnnotationStates.Rejected, folded.Single(a => a.Key == key).State);
        Assert.Equal(AnnotationStates.Corrected, folded.Single(a => a.Key == ReviewSample.Key("person", "Rauf Mammadov")).State);
        Assert.Equal(AnnotationStates.Pending, folded.Single(a => a.Key == ReviewSample.Key("official", "Ilham Aliyev")).State);
        var reviewed = ReviewedRecordBuilder.Build(Sample, folded, decisions.Length);
        Assert.DoesNotContain(reviewed.Organizations, o => o.Name == "Chinese");
        Assert.Contains(reviewed.Officials, o => o.Name == "Rauf Mammadov" && o.Title == "Economist");
    }

    [Fact]
    public void Decisions_about_unknown_targets_or_bad_spans_are_ignored()
    {
        var reviewed = Apply(
            D(ReviewActions.Reject, "person:0-1"),
            D(ReviewActions.Add, "added:person:5-1") with { Type = "person", Start = 5, End = 1 },
            D(ReviewActions.Add, "added:weird:0-4") with { Type = "weird", Start = 0, End = 4 });
        Assert.Equal(Json(Sample.Persons), Json(reviewed.Persons));
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
}
