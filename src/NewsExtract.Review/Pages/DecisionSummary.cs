using System.Globalization;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Pages;

/// <summary>
/// What a correction or an addition set, in words for the history panel: each field the decision carries
/// ("role of Wang Wentao → host", "participants → Ilham Aliyev, Wang Wentao", "date → 2025-03"); empty for accept
/// and reject, which carry no fields. A field set to empty reads "cleared".
/// </summary>
public static class DecisionSummary
{
    public static IReadOnlyList<string> Changes(ReviewDecision d)
    {
        var changes = new List<string>();
        void Add(string field, string? value)
        {
            if (value is not null) changes.Add($"{field} → {(value.Length == 0 ? "cleared" : value)}");
        }
        static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

        Add("type", d.Type);
        if (d.Start is { } start && d.End is { } end && d.Action == ReviewActions.Correct) changes.Add($"span → [{start}, {end})");
        Add("event type", d.EventType);
        Add("title", d.Title);
        Add("country", d.Country);
        Add("organisation", d.Organization);
        Add("amount", Number(d.Amount));
        Add("upper end", d.AmountMax is 0 ? "" : Number(d.AmountMax));
        Add("currency", d.Currency);
        Add("measure", d.Measure);
        Add("period", d.Period);
        Add("change", d.Change);
        Add("value", Number(d.Value));
        Add("unit", d.Unit);
        if (d.Participants is { } participants) Add("participants", string.Join(", ", participants));
        foreach (var (name, role) in d.Roles ?? new Dictionary<string, string>())
            Add($"role of {name}", role);
        Add("place", d.Location);
        Add("date", d.When);
        Add("status", d.EventStatus);
        if (d.Settles) changes.Add("settles a disagreement");
        return changes;
    }
}
