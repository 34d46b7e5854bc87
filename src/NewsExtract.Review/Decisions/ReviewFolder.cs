using NewsExtract.Core.Records;
using NewsExtract.Review.Annotations;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Decisions;

/// <summary>
/// Replays a record revision's decisions, oldest first, over its annotations: accept and reject set the state,
/// a correction changes type, span or attributes (title and country apply to every mention of the official),
/// an addition creates an annotation. Decisions about unknown targets are ignored.
/// </summary>
public static class ReviewFolder
{
    public static IReadOnlyList<ReviewedAnnotation> Fold(ArticleRecord record, IEnumerable<ReviewDecision> decisions)
    {
        var items = new List<ReviewedAnnotation>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var annotation in RecordAnnotations.From(record))
        {
            byKey[annotation.Key] = items.Count;
            items.Add(new ReviewedAnnotation(annotation, annotation, AnnotationStates.Pending, null));
        }

        foreach (var decision in decisions)
        {
            if (decision.Action == ReviewActions.Add)
            {
                if (byKey.ContainsKey(decision.Target) || Added(record.Text, decision) is not { } added) continue;
                byKey[decision.Target] = items.Count;
                items.Add(new ReviewedAnnotation(null, added, AnnotationStates.Added, decision));
                continue;
            }
            if (!byKey.TryGetValue(decision.Target, out var index)) continue;
            var item = items[index];
            items[index] = decision.Action switch
            {
                ReviewActions.Accept => item with { State = Keep(item, AnnotationStates.Accepted), LastDecision = decision },
                ReviewActions.Reject => item with { State = AnnotationStates.Rejected, LastDecision = decision },
                ReviewActions.Correct => item with
                {
                    Current = Corrected(record.Text, item.Current, decision),
                    State = Keep(item, AnnotationStates.Corrected),
                    LastDecision = decision,
                },
                _ => item,
            };
            if (decision.Action == ReviewActions.Correct && (decision.Title is not null || decision.Country is not null || decision.Organization is not null))
                ShareOfficialAttributes(items, items[index].Current);
        }
        return [.. items.OrderBy(i => i.Current.Start).ThenByDescending(i => i.Current.End).ThenBy(i => i.Key, StringComparer.Ordinal)];
    }

    /// <summary>The key an added annotation gets: its kind and span, so the same addition twice is one annotation.</summary>
    public static string AddedKey(string kind, int start, int end) => $"added:{kind}:{start}-{end}";

    /// <summary>An added annotation keeps saying "added" when later accepted or corrected; an extracted one says what happened.</summary>
    private static string Keep(ReviewedAnnotation item, string state) =>
        item.Original is null ? AnnotationStates.Added
        : item.State == AnnotationStates.Corrected && state == AnnotationStates.Accepted ? AnnotationStates.Corrected
        : state;

    private static Annotation? Added(string text, ReviewDecision decision)
    {
        if (decision.Type is not { } kind || !AnnotationKinds.Addable.Contains(kind)) return null;
        if (decision.Start is not { } start || decision.End is not { } end || start < 0 || end > text.Length || start >= end) return null;
        var mention = text[start..end];
        return new Annotation
        {
            Key = decision.Target, Kind = kind, Start = start, End = end, Text = mention, Group = decision.Target,
            Name = AnnotationKinds.IsEntity(kind) ? mention : null,
            Title = decision.Title, Country = decision.Country, Organization = decision.Organization,
            Amount = decision.Amount, AmountMax = decision.AmountMax, Currency = decision.Currency, Measure = decision.Measure,
            Period = decision.Period, Change = decision.Change,
            Value = decision.Value, Unit = kind == AnnotationKinds.Percentage ? decision.Unit ?? "percent" : null,
            DateValue = kind == AnnotationKinds.Date ? decision.When : null,
            EventType = kind == AnnotationKinds.Event ? decision.EventType : null,
            Participants = decision.Participants ?? [],
            ReviewedRoles = kind == AnnotationKinds.Event && decision.Roles is { } roles ? roles : new Dictionary<string, string>(),
            Location = decision.Location,
            EventDate = kind == AnnotationKinds.Event ? decision.When : null,
            EventStatus = kind == AnnotationKinds.Event && decision.EventStatus is { Length: > 0 } status ? status : null,
        };
    }

    private static Annotation Corrected(string text, Annotation current, ReviewDecision decision)
    {
        var result = current;
        if (decision.Start is { } start && decision.End is { } end && start >= 0 && end <= text.Length && start < end)
        {
            var mention = text[start..end];
            // A single-mention entity is renamed with its span; a name used by other mentions stays.
            var rename = AnnotationKinds.IsEntity(result.Kind) && result.Name == result.Text;
            result = result with { Start = start, End = end, Text = mention, Name = rename ? mention : result.Name };
        }
        if (decision.Type is { } type && type.Length > 0)
        {
            if (result.Kind == AnnotationKinds.Event)
                result = result with { EventType = type };
            else if (type != result.Kind && AnnotationKinds.Assignable.Contains(type))
                result = result with
                {
                    Kind = type,
                    // A mention moved to another kind joins (or starts) an entity of that kind by its own text.
                    Group = "moved:" + result.Key,
                    Name = AnnotationKinds.IsEntity(type) ? result.Text : null,
                };
        }
        var isEvent = result.Kind == AnnotationKinds.Event;
        var participants = decision.Participants ?? result.Participants;
        return result with
        {
            Title = Edited(decision.Title, result.Title),
            Country = Edited(decision.Country, result.Country),
            Organization = Edited(decision.Organization, result.Organization),
            Amount = decision.Amount ?? result.Amount,
            // An upper end of 0 clears the range (the amount stands alone).
            AmountMax = decision.AmountMax is 0 ? null : decision.AmountMax ?? result.AmountMax,
            Currency = decision.Currency ?? result.Currency,
            Measure = Edited(decision.Measure, result.Measure),
            Period = Edited(decision.Period, result.Period),
            Change = Edited(decision.Change, result.Change),
            Value = decision.Value ?? result.Value,
            Unit = Edited(decision.Unit, result.Unit),
            Participants = participants,
            ReviewedRoles = isEvent ? RolesAfter(result, participants, decision.Roles) : result.ReviewedRoles,
            Location = Edited(decision.Location, result.Location),
            EventDate = isEvent ? Edited(decision.When, result.EventDate) : result.EventDate,
            EventStatus = isEvent ? Edited(decision.EventStatus, result.EventStatus) : result.EventStatus,
            DateValue = result.Kind == AnnotationKinds.Date ? Edited(decision.When, result.DateValue) : result.DateValue,
        };
    }

    /// <summary>
    /// The analysts' roles once a correction applies, for the participants the event then has: the decision's role
    /// where it sets one; else, for a participant the event already had, the analysts' role it had (or none, so the
    /// models' role stands); else — a participant added, or added back after being dropped — <c>other</c>. A role
    /// belongs to a participant only while it takes part, so one dropped and added back starts afresh.
    /// </summary>
    private static Dictionary<string, string> RolesAfter(Annotation before, IReadOnlyList<string> participants, IReadOnlyDictionary<string, string>? set)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in participants)
        {
            if (set is not null && set.TryGetValue(name, out var chosen)) roles[name] = chosen;
            else if (!before.Participants.Contains(name, StringComparer.Ordinal)) roles[name] = EventRoles.Other;
            else if (before.ReviewedRoles.TryGetValue(name, out var kept)) roles[name] = kept;
        }
        return roles;
    }

    /// <summary>A field not in the decision stays; an empty one clears it.</summary>
    private static string? Edited(string? edited, string? current) =>
        edited is null ? current : edited.Length == 0 ? null : edited;

    private static void ShareOfficialAttributes(List<ReviewedAnnotation> items, Annotation corrected)
    {
        if (corrected.Kind != AnnotationKinds.Official) return;
        for (var i = 0; i < items.Count; i++)
        {
            var other = items[i].Current;
            if (other.Group == corrected.Group && other.Kind == AnnotationKinds.Official && other.Key != corrected.Key)
                items[i] = items[i] with { Current = other with { Title = corrected.Title, Country = corrected.Country, Organization = corrected.Organization } };
        }
    }
}
