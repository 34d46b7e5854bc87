using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Honorifics and forms of address written before names or around titles in agency copy ("Dr", "Sheikh", "Datuk",
/// "H.E.", "His Majesty"): they are neither part of the name nor of the title. The words are curated data
/// (<c>models/gazetteer/curated/honorifics.tsv</c>).
/// </summary>
public static class Honorifics
{
    public const string FileName = "honorifics.tsv";

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal);

    /// <summary>Words that are honorifics only as the first word of a run ("Tan Sri", "Seri"): not stripped alone at the end.</summary>
    private static readonly HashSet<string> OnlyInRuns = new(StringComparer.Ordinal);

    static Honorifics()
    {
        foreach (var row in CuratedList.Read(FileName, columns: 2))
        {
            if (row[1] is not ("any" or "run")) throw new InvalidDataException($"{FileName}: \"{row[0]}\": expected \"any\" or \"run\", not \"{row[1]}\".");
            Words.Add(row[0]);
            if (row[1] == "run") OnlyInRuns.Add(row[0]);
        }
    }

    public static bool IsHonorific(string word) => Words.Contains(word);

    /// <summary>True for an honorific that is one alone ("Dr", "Sheikh"), not only as the first word of a run ("Tan").</summary>
    public static bool IsHonorificAlone(string word) => Words.Contains(word) && !OnlyInRuns.Contains(word);

    /// <summary>The characters an honorific run takes at the start of a name ("Dr Xavier Jayakumar" → 3), or 0.</summary>
    public static int LeadingLength(string name)
    {
        int at = 0, cut = 0;
        while (at < name.Length)
        {
            int space = name.IndexOf(' ', at);
            if (space < 0) break; // the last word is the name itself
            var word = name[at..space];
            if (!Words.Contains(word)) break;
            at = space + 1;
            cut = at;
        }
        // a lone run-only word ("Tan Ahmad") may be a name
        return cut > 0 && OnlyInRuns.Contains(name[..(cut - 1)]) ? 0 : cut;
    }
}
