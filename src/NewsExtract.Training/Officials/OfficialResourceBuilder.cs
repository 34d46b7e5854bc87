using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsExtract.Extraction.Officials;

namespace NewsExtract.Training.Officials;

/// <summary>
/// Builds the officials model's data files from the open gazetteers (a reproducible step of <c>train officials</c>):
/// <list type="bullet">
/// <item><c>title-words.tsv</c>: every lower-cased word of the CIA world-leaders directory's office titles
/// (<c>world-leaders-cia-2019/leaders.tsv</c>, public domain) used by at least <see cref="MinCountries"/> states, with
/// that count, so words naming one state's bodies or places drop out.</item>
/// <item><c>countries.tsv</c>: per state its ISO 3166-1 alpha-2 code, common name, official name and other
/// spellings (<c>countries/countries.json</c>, ODbL 1.0), adjectives and demonyms
/// (<c>country-adjectives/country_adjectives.tsv</c>, MIT), and capitals. A form two states share is dropped.</item>
/// </list>
/// </summary>
public static class OfficialResourceBuilder
{
    public const int MinCountries = 3;

    public static int BuildTitleWords(string leadersTsv, string outputPath)
    {
        var countriesByWord = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var portfolioCountries = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        static void Count(Dictionary<string, HashSet<string>> counts, string word, string country)
        {
            if (!counts.TryGetValue(word, out var set)) counts[word] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(country);
        }
        foreach (var line in File.ReadLines(leadersTsv).Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length < 2) continue;
            // a word after "of", "for", "and", "&" or a comma is a portfolio or field ("Minister of Culture")
            bool complement = false;
            foreach (var token in Regex.Matches(cells[1], @"[\p{L}][\p{L}.'-]*|[,&]").Select(m => m.Value))
            {
                var w = token.Trim('.', '\'').ToLowerInvariant();
                if (w is "," or "&" or "of" or "for" or "and") { complement = true; continue; }
                if (w.Length < 2 || !w.All(c => char.IsLetter(c) || c == '-')) { complement = false; continue; }
                Count(countriesByWord, w, cells[0]);
                if (complement && w != "the") Count(portfolioCountries, w, cells[0]);
                if (w != "the") complement = false;
            }
        }
        var rows = countriesByWord.Where(kv => kv.Value.Count >= MinCountries)
            .OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key}\t{kv.Value.Count.ToString(CultureInfo.InvariantCulture)}\t{(portfolioCountries.TryGetValue(kv.Key, out var p) ? p.Count : 0).ToString(CultureInfo.InvariantCulture)}").ToList();
        var header = $"# word\tstates using it in an office title\tstates using it as a portfolio (after of/for/and) (built by `newsextract train officials` from the CIA world-leaders directory 2019, public domain; words used by at least {MinCountries} states)";
        File.WriteAllLines(outputPath, rows.Prepend(header), new UTF8Encoding(false));
        return rows.Count;
    }

    public static int BuildCountries(string countriesJson, string adjectivesTsv, string outputPath)
    {
        var adjectives = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(adjectivesTsv).Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length < 3) continue;
            adjectives[cells[0]] = [.. cells[1].Split('|').Concat(cells[2].Split('|')).Where(f => f.Length > 1).Select(OfficialLexicon.Capitalize)];
        }
        var rows = new List<(string Code, string Name, List<string> Forms, List<string> Capitals)>();
        using (var json = JsonDocument.Parse(File.ReadAllText(countriesJson)))
        {
            foreach (var c in json.RootElement.EnumerateArray())
            {
                var code = c.GetProperty("cca2").GetString() ?? "";
                if (code.Length != 2) continue;
                var name = c.GetProperty("name");
                var common = name.GetProperty("common").GetString() ?? "";
                var forms = new List<string> { name.GetProperty("official").GetString() ?? "" };
                if (c.TryGetProperty("altSpellings", out var alt))
                    forms.AddRange(alt.EnumerateArray().Select(a => a.GetString() ?? "").Where(a => a != code));
                if (adjectives.TryGetValue(code, out var adj)) forms.AddRange(adj);
                var capitals = c.TryGetProperty("capital", out var cap) ? cap.EnumerateArray().Select(x => x.GetString() ?? "").Where(IsPlain).ToList() : [];
                rows.Add((code, common, [.. forms.Where(f => IsPlain(f) && f != common).Distinct(StringComparer.Ordinal)], capitals));
            }
        }
        // a form two states share ("Congolese", "Congo") names neither for sure
        var shared = rows.SelectMany(r => r.Forms.Append(r.Name).Distinct().Select(f => (Form: f, r.Code)))
            .GroupBy(x => x.Form, StringComparer.Ordinal).Where(g => g.Select(x => x.Code).Distinct().Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var lines = rows.OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => $"{r.Code}\t{r.Name}\t{string.Join(';', r.Forms.Where(f => !shared.Contains(f)))}\t{string.Join(';', r.Capitals)}").ToList();
        var header = "# code\tname\tother names, adjectives, demonyms\tcapitals (built by `newsextract train officials` from the countries gazetteer, ODbL 1.0, and country-adjectives, MIT)";
        File.WriteAllLines(outputPath, lines.Prepend(header), new UTF8Encoding(false));
        return lines.Count;
    }

    /// <summary>A form written in Latin letters, without commas or semicolons ("Korea, Republic of" is not how copy writes it).</summary>
    private static bool IsPlain(string form) =>
        form.Length > 1 && form.All(ch => (ch < 0x250 && char.IsLetter(ch)) || ch is ' ' or '-' or '.' or '\'') && char.IsLetter(form[0]);
}
