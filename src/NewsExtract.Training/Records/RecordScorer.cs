using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Training.Records;

/// <summary>
/// Scores predicted records against gold records, micro-averaged over articles. Matching rules:
/// <list type="bullet">
/// <item>Names compare case- and whitespace-insensitively. A predicted person, organisation, location or official
/// matches a gold one (one-to-one, names first) when the names are equal or any of their mention ranges overlap.</item>
/// <item>Officials: "name" counts matched officials; "name+title" also needs equal titles and "name+country" the same
/// state (<see cref="SameCountry"/>: two names of one country in the gazetteer, "DR Congo" and "Democratic Republic of
/// Congo", are one state; other names compare as text; two nulls are equal). Text compares case-, whitespace- and
/// trailing-punctuation-insensitively.</item>
/// <item>Money: equal amount and currency, one-to-one, overlapping spans first. Percentages: equal value and unit.</item>
/// <item>Events: "type" pairs events of one type one-to-one regardless of sentence; "type+participant" also needs
/// one participant name in common; "type+place" scores places alone: the events each side places (location not
/// null), paired one-to-one when type and place agree, so a dateline city given as a place counts as a false alarm.</item>
/// </list>
/// </summary>
public sealed class RecordScorer
{
    public static readonly string[] Categories =
    [
        "persons", "officials (name)", "officials (name+title)", "officials (name+country)", "organizations",
        "locations", "money (amount+currency)", "percentages", "events (type)", "events (type+participant)", "events (type+place)",
    ];

    private readonly Dictionary<string, ScoreCount> _counts = Categories.ToDictionary(c => c, c => new ScoreCount(c, 0, 0, 0));
    private readonly Dictionary<string, ScoreCount> _eventTypes = new(StringComparer.Ordinal);

    public IReadOnlyList<ScoreCount> Counts => [.. Categories.Select(c => _counts[c])];

    /// <summary>Event type scores, one row per type.</summary>
    public IReadOnlyList<ScoreCount> EventTypeCounts => [.. _eventTypes.Values.OrderBy(c => c.Category, StringComparer.Ordinal)];

    public void Add(ScoredRecord gold, ScoredRecord predicted)
    {
        AddEntities("persons", gold.Persons, predicted.Persons);
        AddEntities("organizations", gold.Organizations, predicted.Organizations);
        AddEntities("locations", gold.Locations, predicted.Locations);

        var pairs = Match(gold.Officials, predicted.Officials, o => o.Name, o => o.Mentions);
        Count("officials (name)", pairs.Count, predicted.Officials.Count, gold.Officials.Count);
        Count("officials (name+title)", pairs.Count(p => SameText(p.Gold.Title, p.Predicted.Title)), predicted.Officials.Count, gold.Officials.Count);
        Count("officials (name+country)", pairs.Count(p => SameCountry(p.Gold.Country, p.Predicted.Country)), predicted.Officials.Count, gold.Officials.Count);

        Count("money (amount+currency)", MatchValues(gold.Money, predicted.Money, (g, p) => g.Amount == p.Amount && string.Equals(g.Currency, p.Currency, StringComparison.OrdinalIgnoreCase), m => (m.Start, m.End)), predicted.Money.Count, gold.Money.Count);
        Count("percentages", MatchValues(gold.Percentages, predicted.Percentages, (g, p) => g.Value == p.Value && g.Unit == p.Unit, m => (m.Start, m.End)), predicted.Percentages.Count, gold.Percentages.Count);

        int typeMatches = 0;
        foreach (var type in gold.Events.Select(e => e.Type).Concat(predicted.Events.Select(e => e.Type)).Distinct())
        {
            int g = gold.Events.Count(e => e.Type == type), p = predicted.Events.Count(e => e.Type == type);
            typeMatches += Math.Min(g, p);
            _eventTypes[type] = (_eventTypes.TryGetValue(type, out var c) ? c : new ScoreCount(type, 0, 0, 0)).Add(Math.Min(g, p), p, g);
        }
        Count("events (type)", typeMatches, predicted.Events.Count, gold.Events.Count);
        Count("events (type+participant)", MatchValues(gold.Events, predicted.Events,
            (g, p) => g.Type == p.Type && g.Participants.Any(a => p.Participants.Any(b => SameText(a, b))), _ => (-1, -1)), predicted.Events.Count, gold.Events.Count);
        // places only: an event placed where gold places none is a false alarm, one gold places and the model not a miss
        var goldPlaced = gold.EventPlaces.Where(e => e.Location is not null).ToList();
        var predictedPlaced = predicted.EventPlaces.Where(e => e.Location is not null).ToList();
        Count("events (type+place)", MatchValues(goldPlaced, predictedPlaced, (g, p) => g.Type == p.Type && SameText(g.Location, p.Location), _ => (-1, -1)), predictedPlaced.Count, goldPlaced.Count);
    }

    public static string NormalizeName(string? s) =>
        string.Join(' ', (s ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ',', ';', ':');

    /// <summary>The same state: equal as text, or two names the country gazetteer gives one short name ("DR Congo", "Democratic Republic of Congo").</summary>
    internal static bool SameCountry(string? a, string? b) =>
        SameText(a, b) || a is not null && b is not null && CountryLexicon.ShortNameOf(a) is { } state && state == CountryLexicon.ShortNameOf(b);

    internal static bool SameText(string? a, string? b) => (a is null && b is null) || (a is not null && b is not null && NormalizeName(a) == NormalizeName(b));

    private void AddEntities(string category, IReadOnlyList<ScoredEntity> gold, IReadOnlyList<ScoredEntity> predicted) =>
        Count(category, Match(gold, predicted, e => e.Name, e => e.Mentions).Count, predicted.Count, gold.Count);

    private void Count(string category, int tp, int predicted, int gold) => _counts[category] = _counts[category].Add(tp, predicted, gold);

    internal static List<(T Gold, T Predicted)> Match<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<T, string> name, Func<T, IReadOnlyList<(int Start, int End)>> mentions)
    {
        var pairs = new List<(T, T)>();
        var usedGold = new bool[gold.Count];
        var usedPred = new bool[predicted.Count];
        // names first, then overlapping mentions
        for (int pass = 0; pass < 2; pass++)
        {
            for (int g = 0; g < gold.Count; g++)
            {
                if (usedGold[g]) continue;
                for (int p = 0; p < predicted.Count; p++)
                {
                    if (usedPred[p]) continue;
                    bool ok = pass == 0
                        ? NormalizeName(name(gold[g])) == NormalizeName(name(predicted[p]))
                        : mentions(gold[g]).Any(a => mentions(predicted[p]).Any(b => a.Start < b.End && b.Start < a.End));
                    if (!ok) continue;
                    usedGold[g] = usedPred[p] = true;
                    pairs.Add((gold[g], predicted[p]));
                    break;
                }
            }
        }
        return pairs;
    }

    private static int MatchValues<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<T, T, bool> equal, Func<T, (int Start, int End)> span)
    {
        int matches = 0;
        var usedPred = new bool[predicted.Count];
        var usedGold = new bool[gold.Count];
        for (int pass = 0; pass < 2; pass++)
        {
            for (int g = 0; g < gold.Count; g++)
            {
                if (usedGold[g]) continue;
                for (int p = 0; p < predicted.Count; p++)
                {
                    if (usedPred[p] || !equal(gold[g], predicted[p])) continue;
                    var (gs, ge) = span(gold[g]);
                    var (ps, pe) = span(predicted[p]);
                    if (pass == 0 && !(gs < pe && ps < ge)) continue;
                    usedPred[p] = usedGold[g] = true;
                    matches++;
                    break;
                }
            }
        }
        return matches;
    }
}
