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
        string Key, string Kind, string Label, string State, int Start, int End, string Text,
        string? Title, string? Country, decimal? Amount, string? Currency, string? Measure, string? Period,
        string? EventType, IReadOnlyList<string> Types);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<ReviewedAnnotation> annotations) =>
        JsonSerializer.Serialize(annotations.Select(a => new Item(
            a.Key, a.Current.Kind, HighlightRenderer.Label(a), a.State, a.Current.Start, a.Current.End, a.Current.Text,
            a.Current.Title, a.Current.Country, a.Current.Amount, a.Current.Currency, a.Current.Measure, a.Current.Period,
            a.Current.EventType, AnnotationKinds.TypesFor(a.Current.Kind))).ToList(), Options);
}
