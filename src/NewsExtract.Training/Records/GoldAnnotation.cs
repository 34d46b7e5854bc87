using System.Text.Json;

namespace NewsExtract.Training.Records;

/// <summary>
/// Finds the annotation in a gold file: the <c>"gold"</c> object of <c>corpus/gold</c> envelopes, else the envelope
/// itself when it carries the annotation arrays at the top level (the shape of the shared agency-dev set, whose rules
/// list every official among the persons too, where <c>corpus/gold</c> lists only people without an office).
/// </summary>
public static class GoldAnnotation
{
    private static readonly string[] ArrayNames = ["officials", "persons", "organizations", "locations", "money", "percentages", "events"];

    public static JsonElement? Find(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return null;
        if (root.TryGetProperty("gold", out var gold) && gold.ValueKind == JsonValueKind.Object) return gold;
        return ArrayNames.Any(n => root.TryGetProperty(n, out var a) && a.ValueKind == JsonValueKind.Array) ? root : null;
    }

    /// <summary>True for the agency-dev shape (annotation at the top level), whose persons include the officials.</summary>
    public static bool PersonsIncludeOfficials(JsonElement root) => root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("gold", out _);
}
