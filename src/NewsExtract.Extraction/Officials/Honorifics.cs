namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Honorifics and forms of address written before names or around titles in agency copy ("Dr", "Sheikh", "Datuk",
/// "H.E.", "His Majesty"): they are neither part of the name nor of the title.
/// </summary>
public static class Honorifics
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Madam", "Mme", "Sheikh", "Shaikh", "Sheikha", "Shaikha",
        "Prince", "Princess", "Datuk", "Dato", "Dato'", "Dato’", "Datin", "Seri", "Sri", "Tan", "Tun", "Tengku", "Haji",
        "Hajjah", "H.E.", "H.E", "HE", "H", "E", "HH", "H.H.", "His", "Her", "Excellency", "Majesty", "Highness", "Royal",
        "Sir", "Dame", "Eng", "Eng.", "Engr", "Prof", "Prof.", "Professor", "Mister",
    };

    /// <summary>Words that are honorifics only as the first word of a run ("Tan Sri", "Seri"): not stripped alone at the end.</summary>
    private static readonly HashSet<string> OnlyInRuns = new(StringComparer.Ordinal) { "Tan", "Seri", "Sri", "H", "E", "HE", "His", "Her", "Royal" };

    public static bool IsHonorific(string word) => Words.Contains(word);

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
