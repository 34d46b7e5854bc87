using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsExtract.Training.Officials;

/// <summary>
/// Builds the officials model's own data file from an open directory (a reproducible step of <c>train officials</c>):
/// <c>title-words.tsv</c>, every lower-cased word of the CIA world-leaders directory's office titles
/// (<c>world-leaders-cia-2019/leaders.tsv</c>, public domain) used by at least <see cref="MinCountries"/> states, with
/// that count and how many states use it as a portfolio, so words naming one state's bodies or places drop out. The
/// states themselves come from the world gazetteer (<c>models/gazetteer</c>), not from a table of the model's.
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
}
