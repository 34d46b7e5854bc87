using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;

namespace NewsExtract.Extraction.Gazetteers;

/// <summary>
/// Pipeline component "places": resolves each place entity in the world gazetteer to a country, region or city with
/// its ISO 3166-1 alpha-2 country code and GeoNames id (<see cref="Entity.Place"/>). Evidence, in order:
/// <list type="number">
/// <item>a country's name or other name ("Russian Federation", "UAE", "RUSSIA") is the country;</item>
/// <item>a place name with one candidate, or whose most populous candidate is a capital or dwarfs the next
/// (<see cref="WorldGazetteer.DominanceRatio"/>×), is that place; its country joins the article's countries;</item>
/// <item>an ambiguous name takes the candidate in a country the article names or places (dateline first);</item>
/// <item>otherwise it stays unresolved: no id is better than a wrong one.</item>
/// </list>
/// "Atyrau region" style names (a place name followed by an administrative word the gazetteer's region names use)
/// resolve as the region of that place. Safe to share across threads.
/// </summary>
public sealed class PlaceResolver(WorldGazetteer world) : IPipelineComponent
{
    public const string ComponentName = "places";

    private readonly HashSet<string> _adminWords = AdministrativeWords(world);

    public string Name => ComponentName;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        document.Models[ComponentName] = "gazetteer/" + world.Countries.Count + "c-" + world.Places.Count + "p";
        var entities = document.Entities;
        var order = Enumerable.Range(0, entities.Count).Where(i => EntityLabels.IsPlace(entities[i].Label))
            .OrderBy(i => entities[i].Mentions.Count == 0 ? int.MaxValue : entities[i].Mentions.Min(m => m.Start)).ToList();
        var articleCountries = new List<string>();
        var pending = new List<(int Index, IReadOnlyList<GazetteerPlace> Candidates, string Kind)>();

        foreach (int i in order)
        {
            var e = entities[i];
            if (CountryOf(e, document) is { } country)
            {
                entities[i] = e with { Place = new PlaceReference(PlaceReference.Country, country.Iso2, country.GeoNameId) };
                if (!articleCountries.Contains(country.Iso2)) articleCountries.Add(country.Iso2);
                continue;
            }
            var (candidates, kind) = Candidates(e.Name);
            if (candidates.Count == 0) continue;
            if (world.Unambiguous(candidates) is { } place)
            {
                entities[i] = e with { Place = Reference(place, kind) };
                if (!articleCountries.Contains(place.CountryCode)) articleCountries.Add(place.CountryCode);
                continue;
            }
            pending.Add((i, candidates, kind));
        }
        foreach (var (i, candidates, kind) in pending)
        {
            // the article's countries in order of first mention (the dateline's first): the first with a candidate wins
            var place = articleCountries.Select(code => candidates.FirstOrDefault(c => c.CountryCode == code)).FirstOrDefault(c => c is not null);
            if (place is not null) entities[i] = entities[i] with { Place = Reference(place, kind) };
        }
    }

    private GazetteerCountry? CountryOf(Entity e, Document document) =>
        world.CountryByName(e.Name) ?? e.Mentions.Select(m => world.CountryByName(document.Slice(m.Start, m.End))).FirstOrDefault(c => c is not null);

    /// <summary>Candidates for a name: the places so named, else, for "NAME admin-word", the places named NAME as regions.</summary>
    private (IReadOnlyList<GazetteerPlace> Candidates, string Kind) Candidates(string name)
    {
        var direct = world.PlacesNamed(name);
        if (direct.Count > 0) return (direct, "");
        int space = name.LastIndexOf(' ');
        if (space > 0 && _adminWords.Contains(name[(space + 1)..]))
        {
            var stem = world.PlacesNamed(name[..space]);
            if (stem.Count > 0) return (stem, PlaceReference.Region);
        }
        return ([], "");
    }

    private static PlaceReference Reference(GazetteerPlace place, string kind) => new(
        kind.Length > 0 ? kind : place.Kind == PlaceKind.City ? PlaceReference.City : PlaceReference.Region,
        place.CountryCode, kind.Length > 0 && place.Kind == PlaceKind.City ? null : place.GeoNameId);

    /// <summary>
    /// The administrative words of the gazetteer's region names ("Region", "Province", "Oblast", …): last words shared
    /// by at least 10 region names, in either case as copy writes them ("Atyrau region").
    /// </summary>
    private static HashSet<string> AdministrativeWords(WorldGazetteer world)
    {
        var words = world.Places.Where(p => p.Kind == PlaceKind.Region && p.Name.Contains(' '))
            .GroupBy(p => p.Name[(p.Name.LastIndexOf(' ') + 1)..], StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() >= 10 && g.Key.All(char.IsLetter)).Select(g => g.Key);
        return new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
    }
}
