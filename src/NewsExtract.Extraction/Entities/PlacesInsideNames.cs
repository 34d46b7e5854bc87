using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Entities;

/// <summary>
/// Pipeline component "places-in-names": a country or a city named inside an organisation's name, or inside a name the
/// recogniser typed as an event or another thing ("Fortune Indonesia Summit"), is a place the
/// article names ("Seoul High Court" → Seoul, "Bank of Georgia" → Georgia, "Lianyungang Port" → Lianyungang), as the
/// annotation guides count places ("places inside organisation, title or route names
/// included"). The place is one of the world gazetteer's countries or a city of at least <see cref="MinimumCityPopulation"/>
/// people by its own name, not a variant (which of the cities so named is left to the place resolver), and no
/// nationality adjective ("Kazakh Invest"), not inside a news agency's name, nor before the first lower-case word of an
/// international organisation's name (the world gazetteer's list: "Shanghai Cooperation Organisation"), written as capitalised words that are not the whole
/// name and not a word bodies or titles are made of ("Union", "Mission"). Its mention joins the place entity of that
/// name when the article has one (nested in the organisation's mention), else makes a new one, resolved by the
/// pipeline's place resolver. Runs after the officials, whose title grammar reads a body's name as one name,
/// and before the events, which leave such a place out of their participants and places. Safe to share across threads.
/// </summary>
/// <param name="world">the world gazetteer the places are looked up in</param>
/// <param name="resolver">the pipeline's place resolver, run again when places were added</param>
public sealed class PlacesInsideNames(WorldGazetteer world, PlaceResolver resolver) : IPipelineComponent
{

    private const int MaxPlaceWords = 3;

    /// <summary>A city inside a name must be at least this large: small towns share their names with words and people ("Gallup", "Hudson").</summary>
    public const long MinimumCityPopulation = 100_000;

    public string Name => "places-in-names";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var found = new List<(string Name, Mention Mention)>();
        // a news agency's name is its own ("Agence Tunis Afrique Presse" names no place the article reports on)
        foreach (var organisation in document.Entities.Where(e => e.Label == EntityLabels.Organization && !NewsAgencyLexicon.IsAgencyName(e.Name)))
        {
            // an international body's name leading with a place names where it was founded ("Shanghai Cooperation
            // Organisation"); only a place it names after a preposition is one it is about ("Agency for Palestine Refugees")
            bool international = world.OrganisationNamed(organisation.Name) is not null;
            foreach (var m in organisation.Mentions)
                found.AddRange(Find(document.Text, m).Where(p => !international || AfterPreposition(document.Text, m.Start, p.Mention.Start)));
        }
        // an event's or another thing's name the recogniser typed as such ("2023 Fortune Indonesia Summit", "Baku Energy
        // Week") names its place as a body's name does
        foreach (var span in document.EntitySpans.Where(s => s.Label is EntityLabels.Event or EntityLabels.Misc))
            found.AddRange(Find(document.Text, new Mention(span.Start, span.End)).Where(p => !InsideFound(found, p.Mention)));
        if (found.Count == 0) return;
        foreach (var (name, mention) in found)
        {
            int at = document.Entities.FindIndex(e => EntityLabels.IsPlace(e.Label) && SamePlace(e.Name, name));
            if (at < 0)
            {
                document.Entities.Add(new Entity(EntityLabels.Location, name, [mention]));
                continue;
            }
            var place = document.Entities[at];
            if (place.Mentions.Contains(mention)) continue;
            document.Entities[at] = place with { Mentions = [.. place.Mentions.Append(mention).OrderBy(x => x.Start)] };
        }
        // new places go last: the officials already point at the entities before them
        resolver.Process(document, cancellationToken);
    }

    /// <summary>The places named inside one organisation mention, each as its name and its own mention.</summary>
    private IEnumerable<(string Name, Mention Mention)> Find(string text, Mention organisation)
    {
        var words = WordScanner.Scan(text, organisation.Start, organisation.End);
        for (int i = 0; i < words.Count; i++)
        {
            for (int n = Math.Min(MaxPlaceWords, words.Count - i); n >= 1; n--)
            {
                if (n == words.Count) continue;
                var span = words.Skip(i).Take(n).ToList();
                if (!span.All(w => char.IsUpper(text[w.Start]))) continue;
                int start = span[0].Start;
                var surface = CountryLexicon.StripPossessive(text[start..span[^1].End]);
                if (n == 1 && (OrganisationHeads.Contains(surface) || TitleLexicon.IsTitleVocabulary(surface))) continue;
                if (!IsCountryOrLargeCity(surface)) continue;
                yield return (CountryLexicon.ShortNameOf(surface) ?? surface, new Mention(start, start + surface.Length));
                i += n - 1;
                break;
            }
        }
    }

    private static bool InsideFound(List<(string Name, Mention Mention)> found, Mention m) =>
        found.Any(f => f.Mention.Start < m.End && m.Start < f.Mention.End);

    // Whether a lower-case word (a preposition: "for", "of", "in") stands in the name before the place.
    private static bool AfterPreposition(string text, int nameStart, int placeStart)
    {
        var words = WordScanner.Scan(text, nameStart, placeStart);
        return words.Any(w => char.IsLower(text[w.Start]));
    }

    private bool IsCountryOrLargeCity(string name) =>
        (world.CountryByName(name) is not null && world.CountryByAdjective(name) is null)
        || world.PlacesNamed(name).Any(p => p.Kind == PlaceKind.City && p.Population >= MinimumCityPopulation && p.Name == name);

    private bool SamePlace(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || (world.CountryByName(a) is { } x && world.CountryByName(b) is { } y && x.Iso2 == y.Iso2);
}
