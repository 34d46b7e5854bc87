using System.Globalization;
using System.Text.Json;
using NewsExtract.Core.Records;

namespace NewsExtract.Training.Records;

/// <summary>
/// The parts of an article record the scorer compares, read from a produced <see cref="ArticleRecord"/> or from a
/// gold file's <c>"gold"</c> object (the record's own shape; gold events need no sentence).
/// </summary>
public sealed record ScoredRecord(
    IReadOnlyList<ScoredEntity> Persons,
    IReadOnlyList<ScoredOfficial> Officials,
    IReadOnlyList<ScoredEntity> Organizations,
    IReadOnlyList<ScoredEntity> Locations,
    IReadOnlyList<(decimal Amount, string Currency, int Start, int End)> Money,
    IReadOnlyList<(decimal Value, string Unit, int Start, int End)> Percentages,
    IReadOnlyList<(string Type, IReadOnlyList<string> Participants)> Events)
{
    public static ScoredRecord From(ArticleRecord r) => new(
        [.. r.Persons.Select(Entity)],
        [.. r.Officials.Select(o => new ScoredOfficial(o.Name, o.Title, o.Country, [.. o.Mentions.Select(m => (m.Start, m.End))]))],
        [.. r.Organizations.Select(Entity)],
        [.. r.Locations.Select(Entity)],
        [.. r.Money.Select(m => (m.Amount, m.Currency, m.Start, m.End))],
        [.. r.Percentages.Select(p => (p.Value, p.Unit, p.Start, p.End))],
        [.. r.Events.Select(e => (e.Type, e.Participants))]);

    /// <summary>Reads the gold object of a gold file; a missing array counts as empty.</summary>
    public static ScoredRecord FromGold(JsonElement gold) => new(
        [.. Array(gold, "persons").Select(EntityOf)],
        [.. Array(gold, "officials").Select(o => new ScoredOfficial(Str(o, "name") ?? "", Str(o, "title"), Str(o, "country"), MentionsOf(o)))],
        [.. Array(gold, "organizations").Select(EntityOf)],
        [.. Array(gold, "locations").Select(EntityOf)],
        [.. Array(gold, "money").Select(m => (Num(m, "amount"), Str(m, "currency") ?? "", Int(m, "start"), Int(m, "end")))],
        [.. Array(gold, "percentages").Select(p => (Num(p, "value"), Str(p, "unit") ?? "percent", Int(p, "start"), Int(p, "end")))],
        [.. Array(gold, "events").Select(e => (Str(e, "type") ?? "", (IReadOnlyList<string>)[.. Array(e, "participants").Select(p => p.GetString() ?? "")]))]);

    private static ScoredEntity Entity(EntityRecord e) => new(e.Name, [.. e.Mentions.Select(m => (m.Start, m.End))]);

    private static ScoredEntity EntityOf(JsonElement e) => new(Str(e, "name") ?? "", MentionsOf(e));

    private static List<(int, int)> MentionsOf(JsonElement e) => [.. Array(e, "mentions").Select(m => (Int(m, "start"), Int(m, "end")))];

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : -1;

    private static decimal Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal()
        : e.TryGetProperty(name, out v) && v.ValueKind == JsonValueKind.String && decimal.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0m;
}
