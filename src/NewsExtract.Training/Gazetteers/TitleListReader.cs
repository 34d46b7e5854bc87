using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace NewsExtract.Training.Gazetteers;

/// <summary>
/// Office titles from the world-leaders directories: every title of the CIA directory (2019) as written, and the
/// Wikidata positions (2022) without their trailing "of COUNTRY" ("President of Albania" → "President"), counted;
/// the people listed are not kept (the lists are dated; they serve titles only).
/// </summary>
public static class TitleListReader
{
    public static List<(string Title, int Count)> Read(GazetteerSources sources)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(sources.CiaLeaders).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length >= 2) Add(counts, c[1]);
        }
        using (var reader = new StreamReader(sources.WikidataLeaders))
        using (var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)))
        {
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                string position = csv.GetField("positionLabel") ?? "";
                string country = csv.GetField("country") ?? "";
                string suffix = " of " + country;
                Add(counts, position.EndsWith(suffix, StringComparison.Ordinal) ? position[..^suffix.Length] : position);
            }
        }
        return [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))];
    }

    private static void Add(Dictionary<string, int> counts, string title)
    {
        title = title.Replace('\t', ' ').Trim();
        if (title.Length < 2 || title.Length > 120 || title.StartsWith('Q') && title.Skip(1).All(char.IsDigit)) return;
        counts[title] = counts.GetValueOrDefault(title) + 1;
    }
}
