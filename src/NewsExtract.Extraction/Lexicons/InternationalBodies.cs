using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// Whether a title or an organisation's name names an international body, whose officials serve no state: one of the
/// world gazetteer's international organisations (a name or other name in any case, an abbreviation as written), or
/// a form of the curated list <c>models/gazetteer/curated/international-bodies.tsv</c> (short forms and name openings
/// the open list lacks, and words such as "European" that make any body they name international).
/// </summary>
public static class InternationalBodies
{
    public const string FileName = "international-bodies.tsv";

    private static readonly Lazy<(HashSet<string> Abbreviations, HashSet<string> Names, HashSet<string> Words, int LongestName)> Curated = new(Read);

    /// <summary>True when <paramref name="text"/> names an international body (whole words).</summary>
    public static bool IsNamedIn(string text)
    {
        var world = WorldGazetteer.LoadDefault();
        var (abbreviations, names, words, longestCurated) = Curated.Value;
        var scanned = WordScanner.Scan(text, 0, text.Length);
        int longest = Math.Max(world.LongestOrganisationName, longestCurated);
        for (int i = 0; i < scanned.Count; i++)
        {
            var word = text[scanned[i].Start..scanned[i].End];
            if (!char.IsUpper(word[0])) continue;
            if (world.IsOrganisationAbbreviation(word) || abbreviations.Contains(word) || words.Contains(word)) return true;
            for (int n = 1; n <= longest && i + n <= scanned.Count; n++)
            {
                var phrase = Collapse(text[scanned[i].Start..scanned[i + n - 1].End]);
                if (world.IsOrganisationName(phrase) || names.Contains(phrase)) return true;
            }
        }
        return false;
    }

    // Runs of white space as one space: names are listed with single spaces.
    private static string Collapse(string phrase) =>
        phrase.Contains("  ", StringComparison.Ordinal) || phrase.Any(c => c != ' ' && char.IsWhiteSpace(c))
            ? string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : phrase;

    private static (HashSet<string>, HashSet<string>, HashSet<string>, int) Read()
    {
        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var words = new HashSet<string>(StringComparer.Ordinal);
        int longest = 0;
        foreach (var row in CuratedList.Read(FileName, columns: 2))
        {
            switch (row[1])
            {
                case "abbreviation": abbreviations.Add(row[0]); break;
                case "name": names.Add(row[0]); longest = Math.Max(longest, row[0].Split(' ').Length); break;
                case "word": words.Add(row[0]); break;
                default: throw new InvalidDataException($"{FileName}: unknown kind '{row[1]}' for '{row[0]}' (abbreviation, name or word).");
            }
        }
        return (abbreviations, names, words, longest);
    }
}
