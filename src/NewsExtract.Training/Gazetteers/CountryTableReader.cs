using System.Globalization;
using System.Text.Json;
using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Training.Gazetteers;

/// <summary>
/// Countries from the open sources: names, codes, capital and currency from <c>countries.json</c>, adjectives and
/// demonyms from the adjectives list and the demonyms in <c>countries.json</c>, GeoNames ids from <c>countryInfo.tsv</c>;
/// then the curated spelling variants (<c>curated/country-names.tsv</c>: what copy writes that the sources lack).
/// </summary>
public static class CountryTableReader
{
    public static List<GazetteerCountry> Read(GazetteerSources sources, string? curatedNames)
    {
        var geonameIds = new Dictionary<string, long>(StringComparer.Ordinal);
        var populations = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(sources.CountryInfo))
        {
            if (line.StartsWith('#')) continue;
            var c = line.Split('\t');
            if (c.Length > 16 && long.TryParse(c[16], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) geonameIds[c[0]] = id;
            if (c.Length > 7 && long.TryParse(c[7], NumberStyles.None, CultureInfo.InvariantCulture, out var people)) populations[c[0]] = people;
        }
        var adjectives = new Dictionary<string, (List<string> Adjectives, List<string> Demonyms)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(sources.Adjectives).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length < 3) continue;
            adjectives[c[0]] = ([.. c[1].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(LatinName.Capitalise)],
                [.. c[2].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(LatinName.Capitalise)]);
        }
        var curated = ReadCurated(curatedNames);

        var countries = new List<GazetteerCountry>();
        using var json = JsonDocument.Parse(File.ReadAllText(sources.CountriesJson));
        foreach (var e in json.RootElement.EnumerateArray())
        {
            string iso2 = e.GetProperty("cca2").GetString() ?? "";
            if (iso2.Length != 2) continue;
            var name = e.GetProperty("name");
            string common = name.GetProperty("common").GetString() ?? iso2;
            string official = name.GetProperty("official").GetString() ?? common;
            var others = new List<string>();
            if (e.TryGetProperty("altSpellings", out var alt))
                others.AddRange(alt.EnumerateArray().Select(a => a.GetString() ?? "")
                    .Where(a => a != iso2 && a != common && a != official && LatinName.IsUsable(a)));
            var (adj, dem) = adjectives.TryGetValue(iso2, out var a2) ? a2 : ([], []);
            adj = [.. adj];
            dem = [.. dem];
            var listedAdjectives = new HashSet<string>(adj, StringComparer.Ordinal);
            if (e.TryGetProperty("demonyms", out var demonyms) && demonyms.TryGetProperty("eng", out var eng))
                foreach (var form in eng.EnumerateObject().Select(p => p.Value.GetString() ?? "").Where(LatinName.IsUsable))
                    if (!adj.Contains(form)) adj.Add(form);
            if (curated.TryGetValue(iso2, out var extra))
            {
                foreach (var (kind, value) in extra)
                {
                    if (kind == "short")
                    {
                        // the name copy and analysts use, where the source's common name is another ("Turkey" for "Türkiye")
                        if (value != common) others.Insert(0, common);
                        others.Remove(value);
                        common = value;
                        continue;
                    }
                    if (kind == "not-name")
                    {
                        // a form the sources give that copy uses as an ordinary word or a person's name ("Island", "Mann")
                        others.Remove(value);
                        continue;
                    }
                    if (kind == "adjective") listedAdjectives.Add(value);
                    var list = kind switch { "name" => others, "adjective" => adj, "demonym" => dem, _ => null };
                    if (list is not null && !list.Contains(value)) list.Add(value);
                }
            }
            // a one-word form given both as another spelling and by the adjectives list ("Thai", "Saudi") is the adjective:
            // read as a name it would make every "Thai investment" a mention of the country ("Vatican", an adjective only
            // in the demonyms of countries.json, stays a name)
            others.RemoveAll(o => !o.Contains(' ') && !o.Contains('.') && listedAdjectives.Contains(o));
            // the adjectives list writes some countries' adjectives as their names ("united states", "u.s."): names are not adjectives
            adj.RemoveAll(a => a.Contains('.') || a == common || others.Contains(a));
            dem.RemoveAll(d => d.Contains('.') || d == common || others.Contains(d));
            string? capital = e.TryGetProperty("capital", out var cap) && cap.GetArrayLength() > 0 ? cap[0].GetString() : null;
            string? currency = e.TryGetProperty("currencies", out var cur) && cur.ValueKind == JsonValueKind.Object
                ? cur.EnumerateObject().Select(p => p.Name).FirstOrDefault() : null;
            countries.Add(new GazetteerCountry(iso2, e.GetProperty("cca3").GetString() ?? "", common, official,
                others.Distinct().ToList(), adj.Distinct().ToList(), dem.Distinct().ToList(), capital, currency,
                geonameIds.TryGetValue(iso2, out var gid) ? gid : null, populations.GetValueOrDefault(iso2)));
        }
        return [.. countries.OrderBy(c => c.Iso2, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Reads <c>ISO2 &lt;TAB&gt; short|name|adjective|demonym|not-name &lt;TAB&gt; form</c> lines (# starts a comment); "short"
    /// replaces the short name, the source's one becoming another name; "not-name" removes a form the sources give.
    /// </summary>
    private static Dictionary<string, List<(string Kind, string Value)>> ReadCurated(string? path)
    {
        var result = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        if (path is null) return result;
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length != 3 || c[0].Length != 2 || c[1] is not ("name" or "adjective" or "demonym" or "short" or "not-name"))
                throw new InvalidDataException($"{path}:{lineNumber}: expected ISO2<TAB>short|name|adjective|demonym|not-name<TAB>form");
            if (!result.TryGetValue(c[0], out var list)) result[c[0]] = list = [];
            list.Add((c[1], c[2].Trim()));
        }
        return result;
    }
}
