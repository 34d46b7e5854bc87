namespace NewsExtract.Training.Records;

/// <summary>
/// Lists where a predicted record's people, organisations, places and officials differ from the gold record, matched
/// as <see cref="RecordScorer"/> matches them: <c>MISS</c> (gold only), <c>FALSE</c> (predicted only), and for matched
/// officials <c>TITLE</c> / <c>COUNTRY</c> when those differ, and <c>PLACE</c> for an event type whose events the two
/// place differently (the places of each side, as the scorer compares them). For reading errors by class on the tune part.
/// </summary>
public static class EntityMismatchLister
{
    public static IEnumerable<string> Lines(ScoredRecord gold, ScoredRecord predicted)
    {
        foreach (var line in Entities("person", gold.Persons, predicted.Persons)) yield return line;
        foreach (var line in Entities("organization", gold.Organizations, predicted.Organizations)) yield return line;
        foreach (var line in Entities("location", gold.Locations, predicted.Locations)) yield return line;
        var pairs = RecordScorer.Match(gold.Officials, predicted.Officials, o => o.Name, o => o.Mentions);
        foreach (var official in gold.Officials.Where(g => !pairs.Any(p => ReferenceEquals(p.Gold, g))))
            yield return $"MISS official: {Describe(official)}";
        foreach (var official in predicted.Officials.Where(o => !pairs.Any(p => ReferenceEquals(p.Predicted, o))))
            yield return $"FALSE official: {Describe(official)}";
        foreach (var (g, p) in pairs)
        {
            if (!RecordScorer.SameText(g.Title, p.Title)) yield return $"TITLE {g.Name}: gold \"{g.Title}\" model \"{p.Title}\"";
            if (!RecordScorer.SameCountry(g.Country, p.Country)) yield return $"COUNTRY {g.Name}: gold {g.Country ?? "-"} model {p.Country ?? "-"}";
        }
        foreach (var type in gold.EventPlaces.Concat(predicted.EventPlaces).Select(e => e.Type).Distinct().Order(StringComparer.Ordinal))
        {
            var goldPlaces = PlacesOf(gold, type);
            var predictedPlaces = PlacesOf(predicted, type);
            if (!goldPlaces.SequenceEqual(predictedPlaces))
                yield return $"PLACE {type}: gold [{string.Join("; ", goldPlaces)}] model [{string.Join("; ", predictedPlaces)}]";
        }
    }

    /// <summary>The places of a record's events of one type, normalised as the scorer compares them, sorted.</summary>
    private static List<string> PlacesOf(ScoredRecord record, string type) =>
        [.. record.EventPlaces.Where(e => e.Type == type && e.Location is not null).Select(e => RecordScorer.NormalizeName(e.Location)).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Entities(string kind, IReadOnlyList<ScoredEntity> gold, IReadOnlyList<ScoredEntity> predicted)
    {
        var pairs = RecordScorer.Match(gold, predicted, e => e.Name, e => e.Mentions);
        foreach (var entity in gold.Where(g => !pairs.Any(p => ReferenceEquals(p.Gold, g))))
            yield return $"MISS {kind}: {entity.Name}";
        foreach (var entity in predicted.Where(e => !pairs.Any(p => ReferenceEquals(p.Predicted, e))))
            yield return $"FALSE {kind}: {entity.Name}";
    }

    private static string Describe(ScoredOfficial official) => $"{official.Name} | {official.Title ?? "-"} | {official.Country ?? "-"}";
}
