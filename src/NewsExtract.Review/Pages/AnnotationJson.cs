using System.Text.Json;
using NewsExtract.Review.Annotations;
using NewsExtract.Review.Decisions;

namespace NewsExtract.Review.Pages;

/// <summary>
/// The annotations as JSON for the page script (navigation order, edit form values). Serialised with the default
/// encoder, which escapes &lt;, &gt; and &amp;, so the block cannot end its script element early.
/// </summary>
public static class AnnotationJson
{
    private sealed record Item(
        string Key, string Kind, string Label, string State, int Start, int End, string Text, string Group, string? Name,
        string? Title, string? Country, string? Organization, decimal? Amount, decimal? AmountMax, string? Currency,
        string? Measure, string? Period, string? Change, decimal? Value, string? Unit, string? DateValue,
        string? EventType, IReadOnlyList<string> Participants, IReadOnlyDictionary<string, string> Roles, string? Location, string? EventDate, string? EventStatus, IReadOnlyList<string> Types);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<ReviewedAnnotation> annotations) =>
        JsonSerializer.Serialize(annotations.Select(a =>
        {
            var c = a.Current;
            return new Item(
                a.Key, c.Kind, HighlightRenderer.Label(a), a.State, c.Start, c.End, c.Text, c.Group, c.Name,
                c.Title, c.Country, c.Organization, c.Amount, c.AmountMax, c.Currency, c.Measure, c.Period, c.Change, c.Value, c.Unit,
                c.DateValue, c.EventType, c.Participants, Roles(c), c.Location, c.EventDate, c.EventStatus, AnnotationKinds.TypesFor(c.Kind));
        }).ToList(), Options);

    /// <summary>Each participant's role as it stands (the analyst's, else the models'); participants without one are left out.</summary>
    private static Dictionary<string, string> Roles(Annotation a) =>
        a.Participants.Distinct(StringComparer.Ordinal).Where(p => a.RoleOf(p) is not null)
            .ToDictionary(p => p, p => a.RoleOf(p)!, StringComparer.Ordinal);
}
