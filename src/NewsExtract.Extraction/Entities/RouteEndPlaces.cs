using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction.Entities;

/// <summary>
/// A route named by its ends ("the Kars-Ardahan railway", "a Varna-Lom-Ruse highway section") names each end as a
/// place, whether the world gazetteer knows it (a village on a road rarely has 15,000 people) or not: every
/// capitalised part of a hyphenated word right before a route noun becomes a place, replacing whatever place span the
/// recogniser gave the compound, and an end written in two words ("Vell Pass-…") takes the capitalised word before
/// the hyphenated one. An end named by a kind of facility ("…-Airport road") is no place. Compounds of compass points and prefixes ("East-West highway", "Trans-Caspian pipeline"), of
/// nationality adjectives, and compounds inside an organisation's name are left alone. Runs before
/// <see cref="HyphenatedPlaceSplitter"/>, which would keep only the parts the gazetteer knows.
/// </summary>
public sealed class RouteEndPlaces(WorldGazetteer world) : IPipelineComponent
{
    public const string ComponentName = "route-ends";

    /// <summary>Nouns after a compound that make it the name of a route between places.</summary>
    private static readonly HashSet<string> RouteNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "railway", "railroad", "rail", "highway", "road", "motorway", "expressway", "autobahn", "pipeline", "route",
        "corridor", "section", "stretch", "bridge", "tunnel", "flight", "flights", "ferry", "canal",
    };

    /// <summary>Words that make a compound a direction or a span rather than two places.</summary>
    private static readonly HashSet<string> NotPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "east", "west", "north", "south", "central", "trans", "pan", "inter", "cross", "intra", "northeast", "northwest",
        "southeast", "southwest",
    };

    /// <summary>Ends named by a kind of facility ("the Dunlow-Airport road"): the facility is no place's name; the other end stays.</summary>
    private static readonly HashSet<string> FacilityEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "airport", "port", "station", "terminal", "bypass", "junction", "border", "centre", "center", "city", "town",
    };

    /// <summary>Words that open a noun phrase, not a place's name.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "its", "their", "new", "old",
    };

    public string Name => ComponentName;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var tokens = document.Tokens;
        var spans = document.EntitySpans;
        bool changed = false;
        for (int t = 0; t + 1 < tokens.Count; t++)
        {
            string word = document.TextOf(tokens[t]).ToString();
            if (word.IndexOf('-') <= 0 || !char.IsUpper(word[0]) || word.EndsWith('-')) continue;
            if (!RouteNouns.Contains(NextRouteWord(document, t))) continue;
            var parts = HyphenParts.Of(word, tokens[t].Start);
            if (parts.Any(p => p.Text.Length < 2 || !char.IsUpper(p.Text[0]) || NotPlaces.Contains(p.Text))) continue;
            if (parts.All(p => world.CountryByAdjective(p.Text) is not null)) continue;
            if (world.CountryByName(word) is not null || world.PlacesNamed(word).Count > 0) continue;
            int firstToken = FirstWordOfEnd(document, t);
            int from = tokens[firstToken].Start, to = tokens[t].End;
            var overlapping = spans.Where(s => s.Start < to && from < s.End).ToList();
            if (overlapping.Any(s => s.Label is not (EntityLabels.Gpe or EntityLabels.Location))) continue;
            foreach (var s in overlapping) spans.Remove(s);
            for (int p = 0; p < parts.Count; p++)
            {
                var (text, start) = parts[p];
                if (FacilityEnds.Contains(text) || RouteNouns.Contains(text)) continue;
                int spanStart = p == 0 ? from : start;
                int first = p == 0 ? firstToken : t;
                var label = world.CountryByName(text) is not null ? EntityLabels.Gpe : EntityLabels.Location;
                spans.Add(new EntitySpan(spanStart, start + text.Length, first, t - first + 1, label, ComponentName));
            }
            changed = true;
        }
        if (changed) spans.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The word after token <paramref name="t"/>, or the one after that when it is "gas"/"oil" ("gas pipeline").</summary>
    private static string NextRouteWord(Document document, int t)
    {
        var next = document.TextOf(document.Tokens[t + 1]).ToString();
        if (next is "gas" or "oil" && t + 2 < document.Tokens.Count) next = document.TextOf(document.Tokens[t + 2]).ToString();
        return next;
    }

    /// <summary>
    /// The first token of the route's first end: the hyphenated token itself, or up to two capitalised words right
    /// before it that are not the start of a sentence's noun phrase ("Vell Pass-…": "Vell").
    /// </summary>
    private static int FirstWordOfEnd(Document document, int t)
    {
        int first = t;
        for (int k = t - 1; k >= Math.Max(0, t - 2); k--)
        {
            var word = document.TextOf(document.Tokens[k]);
            if (!ParticleNameJoiner.Adjacent(document, k, k + 1) || word.Length < 2 || !char.IsUpper(word[0])
                || !word.ToString().All(char.IsLetter) || Determiners.Contains(word.ToString())) break;
            first = k;
        }
        return first;
    }
}
