using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// Merges sentences that restate one event: two events of the same type are one when their participants overlap
/// (or one names none) and their dates do not disagree. For appointments and investments, where each person or
/// investor is a separate event, participants must overlap. The first sentence stays the event's sentence.
/// </summary>
public static class EventCoalescer
{
    public static List<ArticleEvent> Merge(IEnumerable<ArticleEvent> events)
    {
        var merged = new List<ArticleEvent>();
        foreach (var e in events)
        {
            int target = merged.FindIndex(m => SameHappening(m, e));
            if (target < 0) { merged.Add(e); continue; }
            var m = merged[target];
            merged[target] = m with
            {
                Participants = [.. m.Participants.Concat(e.Participants).Distinct(StringComparer.OrdinalIgnoreCase)],
                Location = m.Location ?? e.Location,
                Date = m.Date ?? e.Date,
            };
        }
        return merged;
    }

    private static bool SameHappening(ArticleEvent a, ArticleEvent b)
    {
        if (a.Type != b.Type) return false;
        if (a.Date is not null && b.Date is not null && a.Date != b.Date) return false;
        bool overlap = a.Participants.Intersect(b.Participants, StringComparer.OrdinalIgnoreCase).Any();
        if (a.Type is EventTypes.Appointment or EventTypes.Investment or EventTypes.Legal)
            return overlap || (a.Participants.Count == 0 && b.Participants.Count == 0);
        return overlap || a.Participants.Count == 0 || b.Participants.Count == 0;
    }
}
