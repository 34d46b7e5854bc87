using NewsExtract.Core.Records;
using NewsExtract.Review.Annotations;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Decisions;

/// <summary>
/// Applies a revision's review decisions to its public record: rejected extractions removed, corrections applied
/// (type, span, title, country, amount…), added entities inserted. The result keeps the public schema, so the
/// downstream feed can carry it; its <c>model</c> map gains a <c>review</c> entry saying it was reviewed, and a
/// completed review fills the record's <c>review</c> object (status, reviewers, time). The result is always of the
/// current schema version (a reviewed version-1 or -2 line is upgraded): entities and events are numbered again
/// (<see cref="RecordIds"/>), an event keeps the trigger of the extracted event at its sentence, its participants
/// point at the reviewed entities of their names with the role the analyst set, else the role they had (a participant
/// the analyst added without a role takes role other), and its status says who set it: the models' where the analyst left the detected value, else review.
/// </summary>
public static class ReviewedRecordBuilder
{
    public const string ModelKey = "review";

    public static ArticleRecord Apply(ArticleRecord record, IReadOnlyList<ReviewDecision> decisions) =>
        Build(record, ReviewFolder.Fold(record, decisions), decisions.Count);

    public static ArticleRecord Build(ArticleRecord record, IReadOnlyList<ReviewedAnnotation> reviewed, int decisionCount, ReviewRecord? review = null)
    {
        var kept = reviewed.Where(r => r.IsKept).Select(r => r.Current).ToList();
        var model = new SortedDictionary<string, string>(record.Model.ToDictionary(), StringComparer.Ordinal)
        {
            [ModelKey] = $"analyst-reviewed ({decisionCount} decisions)",
        };
        var corrected = RecordIds.Assign(record with
        {
            SchemaVersion = ArticleRecord.CurrentSchemaVersion,
            Persons = [.. Groups(kept, AnnotationKinds.Person).Select(g => new EntityRecord(g.Name, g.Mentions))],
            Officials = [.. Groups(kept, AnnotationKinds.Official).Select(g => new OfficialRecord(
                g.Name, g.First.Title, g.First.Country, g.First.Organization, g.Mentions))],
            Organizations = [.. Groups(kept, AnnotationKinds.Organization).Select(g => new EntityRecord(g.Name, g.Mentions))],
            Locations = [.. Groups(kept, AnnotationKinds.Location).Select(g => new EntityRecord(g.Name, g.Mentions))],
            Money = [.. kept.Where(a => a.Kind == AnnotationKinds.Money && a.Amount is not null && a.Currency is not null)
                .OrderBy(a => a.Start)
                .Select(a => new MoneyRecord(a.Text, Normalize(a.Amount!.Value), a.AmountMax is { } max ? Normalize(max) : null,
                    a.Currency!.ToUpperInvariant(), a.Start, a.End, a.Measure, a.Period, a.Change)
                {
                    // hedges and the change's wording are not edited on the page: kept from the extraction at the same span
                    Qualifier = record.Money.FirstOrDefault(m => m.Start == a.Start && m.End == a.End)?.Qualifier,
                    ChangeText = record.Money.FirstOrDefault(m => m.Start == a.Start && m.End == a.End)?.ChangeText,
                })],
            Percentages = [.. kept.Where(a => a.Kind == AnnotationKinds.Percentage && a.Value is not null && a.Unit is not null)
                .OrderBy(a => a.Start)
                .Select(a => new PercentageRecord(a.Text, a.Value!.Value, a.Unit!, a.Start, a.End)
                {
                    Qualifier = record.Percentages.FirstOrDefault(p => p.Start == a.Start && p.End == a.End)?.Qualifier,
                })],
            Dates = [.. kept.Where(a => a.Kind == AnnotationKinds.Date && a.DateValue is not null)
                .OrderBy(a => a.Start)
                .Select(a => new DateRecord(a.Text, a.DateValue!, a.From, a.To, a.Start, a.End))],
            Events = [],
            Model = model,
            Review = review,
        });
        var entityIds = new EntityIdLookup(corrected);
        return RecordIds.Assign(corrected with
        {
            Events = [.. kept.Where(a => a.Kind == AnnotationKinds.Event && a.EventType is not null)
                .OrderBy(a => a.Start)
                .Select(a => Event(a, record.Events.FirstOrDefault(e => e.Sentence.Start == a.Start && e.Sentence.End == a.End && e.Type == a.EventType)
                    ?? record.Events.FirstOrDefault(e => e.Sentence.Start == a.Start && e.Sentence.End == a.End), entityIds))],
        });
    }

    /// <summary>A reviewed event: the annotation's values, with the trigger, models' roles (where the analyst set none) and status source of the extracted event it came from.</summary>
    private static EventRecord Event(Annotation a, EventRecord? extracted, EntityIdLookup entityIds)
    {
        bool statusAsDetected = extracted is { StatusSource: StatusSources.Model } && string.Equals(extracted.Status, a.EventStatus, StringComparison.Ordinal);
        var participants = a.Participants;
        return new EventRecord(a.EventType!, participants, a.Location, a.EventDate, new MentionRecord(a.Text, a.Start, a.End))
        {
            Trigger = extracted?.Trigger is { } t && t.Start >= a.Start && t.End <= a.End ? t : null,
            Status = a.EventStatus,
            StatusSource = a.EventStatus is null ? null : statusAsDetected ? StatusSources.Model : StatusSources.Review,
            ParticipantRefs = [.. participants
                .Select(name => (Name: name, Id: entityIds.Find(name), Role: a.RoleOf(name)))
                .Where(p => p.Id is not null)
                .Select(p => new ParticipantRefRecord(p.Id!, p.Name, p.Role ?? EventRoles.Other))],
        };
    }

    private sealed record EntityGroup(string Name, Annotation First, List<MentionRecord> Mentions, int Order);

    /// <summary>
    /// The entities of one kind: mentions grouped as extracted; a mention moved here or added joins the entity of
    /// the same name, else starts its own. An extracted entity keeps its name while a remaining mention contains it.
    /// </summary>
    private static IEnumerable<EntityGroup> Groups(List<Annotation> kept, string kind)
    {
        var ofKind = kept.Where(a => a.Kind == kind).OrderBy(a => a.Start).ToList();
        var groups = new Dictionary<string, List<Annotation>>(StringComparer.Ordinal);
        foreach (var a in ofKind.Where(a => !IsLoose(a)))
            (groups.TryGetValue(a.Group, out var list) ? list : groups[a.Group] = []).Add(a);
        foreach (var a in ofKind.Where(IsLoose))
        {
            var home = groups.FirstOrDefault(g => string.Equals(g.Value[0].Name, a.Text, StringComparison.Ordinal) ||
                g.Value.Any(m => string.Equals(m.Text, a.Text, StringComparison.Ordinal))).Key;
            (home is not null ? groups[home] : groups[a.Group] = []).Add(a);
        }
        return groups.Values
            .Select(members =>
            {
                var ordered = members.OrderBy(m => m.Start).ToList();
                var name = (ordered.FirstOrDefault(m => !IsLoose(m)) ?? ordered[0]).Name is { Length: > 0 } original && ordered.Any(m => m.Text.Contains(original, StringComparison.Ordinal))
                    ? original
                    : ordered.Select(m => m.Text).MaxBy(t => t.Length)!;
                // The extracted member speaks for the entity's attributes (an official's title) when there is one.
                var first = ordered.FirstOrDefault(m => !IsLoose(m)) ?? ordered[0];
                return new EntityGroup(name, first, [.. ordered.Select(m => new MentionRecord(m.Text, m.Start, m.End))],
                    ordered.Min(m => ExtractedIndex(m.Group)));
            })
            // Extracted entities keep their order; entities that exist only through review follow, in text order.
            .OrderBy(g => g.Order).ThenBy(g => g.Mentions[0].Start);
    }

    private static int ExtractedIndex(string group) =>
        !IsLoose(group) && int.TryParse(group[(group.LastIndexOf('#') + 1)..], out var index) ? index : int.MaxValue;

    private static bool IsLoose(Annotation a) => IsLoose(a.Group);

    private static bool IsLoose(string group) => group.StartsWith("moved:", StringComparison.Ordinal) || group.StartsWith("added:", StringComparison.Ordinal);


    /// <summary>Drops trailing zeros of the scale so JSON shows the number as people write it.</summary>
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
