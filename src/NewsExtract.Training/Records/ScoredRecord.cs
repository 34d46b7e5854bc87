using System.Globalization;
using System.Text.Json;
using NewsExtract.Core.Records;

namespace NewsExtract.Training.Records;

/// <summary>
/// The parts of an article record the scorer compares, read from a produced <see cref="ArticleRecord"/> or from a
/// gold file's annotation: the <c>"gold"</c> object of <c>corpus/gold</c> (the record's own shape; gold events need no
/// sentence) or the top-level arrays of the agency-dev shape (entities as bare names, no mention offsets).
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
    /// <summary>Each event's type and place (null when it has none), in <see cref="Events"/> order.</summary>
    public IReadOnlyList<(string Type, string? Location)> EventPlaces { get; init; } = [];

    /// <summary>
    /// The scored parts of a produced record. With <paramref name="personsIncludeOfficials"/> the persons are the
    /// record's persons and officials together, for gold sets whose persons list every person named, officials too.
    /// </summary>
    public static ScoredRecord From(ArticleRecord r, bool personsIncludeOfficials = false) => new(
        [.. r.Persons.Select(Entity), .. personsIncludeOfficials ? r.Officials.Select(o => new ScoredEntity(o.Name, [.. o.Mentions.Select(m => (m.Start, m.End))])) : []],
        [.. r.Officials.Select(o => new ScoredOfficial(o.Name, o.Title, o.Country, [.. o.Mentions.Select(m => (m.Start, m.End))]))],
        [.. r.Organizations.Select(Entity)],
        [.. r.Locations.Select(Entity)],
        [.. r.Money.Select(m => (m.Amount, m.Currency, m.Start, m.End))],
        [.. r.Percentages.Select(p => (p.Value, p.Unit, p.Start, p.End))],
        [.. r.Events.Select(e => (e.Type, e.Participants))])
    {
        EventPlaces = [.. r.Events.Select(e => (e.Type, e.Location))],
    };

    /// <summary>
    /// Reads the gold annotation of a gold file; a missing array counts as empty. An entity or official written
    /// without mentions gets, as its mentions, every whole-word occurrence of its name in <paramref name="text"/>, so
    /// that a prediction named differently ("Nazarbayev" for "Nursultan Nazarbayev") still matches by overlap.
    /// </summary>
    public static ScoredRecord FromGold(JsonElement gold, string text) => new(
        [.. Array(gold, "persons").Select(e => EntityOf(e, text))],
        [.. Array(gold, "officials").Select(o => new ScoredOfficial(Str(o, "name") ?? "", Str(o, "title"), Str(o, "country"), MentionsOf(o, Str(o, "name"), text)))],
        [.. Array(gold, "organizations").Select(e => EntityOf(e, text))],
        [.. Array(gold, "locations").Select(e => EntityOf(e, text))],
        [.. Array(gold, "money").Select(m => (Num(m, "amount"), Str(m, "currency") ?? "", Int(m, "start"), Int(m, "end")))],
        [.. Array(gold, "percentages").Select(p => (Num(p, "value"), Str(p, "unit") ?? "percent", Int(p, "start"), Int(p, "end")))],
        [.. Array(gold, "events").Select(e => (Str(e, "type") ?? "", (IReadOnlyList<string>)[.. Array(e, "participants").Select(p => p.GetString() ?? "")]))])
    {
        EventPlaces = [.. Array(gold, "events").Select(e => (Str(e, "type") ?? "", Str(e, "location")))],
    };

    private static ScoredEntity Entity(EntityRecord e) => new(e.Name, [.. e.Mentions.Select(m => (m.Start, m.End))]);

    /// <summary>An entity written as an object (<c>name</c>, <c>mentions</c>) or, in the agency-dev shape, as its name alone.</summary>
    private static ScoredEntity EntityOf(JsonElement e, string text) => e.ValueKind == JsonValueKind.String
        ? new(e.GetString() ?? "", Occurrences(e.GetString(), text))
        : new(Str(e, "name") ?? "", MentionsOf(e, Str(e, "name"), text));

    private static List<(int, int)> MentionsOf(JsonElement e, string? name, string text) =>
        e.TryGetProperty("mentions", out _) ? [.. Array(e, "mentions").Select(m => (Int(m, "start"), Int(m, "end")))] : Occurrences(name, text);

    /// <summary>Whole-word, case-sensitive occurrences of a name in the text.</summary>
    private static List<(int, int)> Occurrences(string? name, string text)
    {
        var found = new List<(int, int)>();
        if (string.IsNullOrWhiteSpace(name)) return found;
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            int end = at + name.Length;
            bool wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            bool wordEnd = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (wordStart && wordEnd) found.Add((at, end));
        }
        return found;
    }

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
