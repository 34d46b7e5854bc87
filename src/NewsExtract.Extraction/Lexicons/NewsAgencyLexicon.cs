using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// News agencies and the state each reports from, read from the curated list
/// <c>models/gazetteer/curated/news-agencies.tsv</c> (names, home states as ISO codes resolved through the world
/// gazetteer). Their names are organisations wherever they stand in copy (<see cref="IsAgencyName"/>); credits that are
/// also everyday words or short codes ("Trend", "AA") count only where a dateline gives them (<see cref="CountryOf"/>).
/// </summary>
public static class NewsAgencyLexicon
{
    public const string FileName = "news-agencies.tsv";

    /// <summary>Agency names with the short name of their home country (null for international agencies).</summary>
    private static readonly Dictionary<string, string?> Agencies = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Credits read only in datelines, with their home country.</summary>
    private static readonly Dictionary<string, string?> DatelineCredits = new(StringComparer.OrdinalIgnoreCase);

    static NewsAgencyLexicon()
    {
        var world = WorldGazetteer.LoadDefault();
        foreach (var c in CuratedList.Read(FileName, columns: 3))
        {
            string? country = c[1] != "-" ? world.CountryByCode(c[1])?.Name : null;
            if (c[2] is not ("agency" or "credit") || (c[1] != "-" && country is null))
                throw new InvalidDataException($"{FileName}: \"{c[0]}\": expected name<TAB>ISO2 or -<TAB>agency or credit");
            (c[2] == "agency" ? Agencies : DatelineCredits)[c[0]] = country;
            NamesAsWritten.Add(c[0]);
            var words = c[0].Split(' ');
            MaxNameWords = Math.Max(MaxNameWords, words.Length);
            if (words.Length > 1) FirstWordsOfLongNames.Add(words[0]);
        }
    }

    /// <summary>Every agency name and credit in the casing the list gives ("INA", "Petra").</summary>
    private static readonly HashSet<string> NamesAsWritten = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="words"/> are an agency's name or credit written exactly as the list gives it.</summary>
    public static bool IsNameAsWritten(string words) => NamesAsWritten.Contains(words);

    /// <summary>First words of the names of several words ("Saudi" of "Saudi Press Agency").</summary>
    private static readonly HashSet<string> FirstWordsOfLongNames = new(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordsBySpan = FirstWordsOfLongNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word can open an agency's name of several words: the only places such a name is looked for.</summary>
    public static bool StartsLongName(ReadOnlySpan<char> word) => FirstWordsBySpan.Contains(word);

    /// <summary>The most words an agency's name has ("Agence Tunis Afrique Presse": 4).</summary>
    public static int MaxNameWords { get; }

    /// <summary>The word names a news agency (an organisation that reports events and never takes part in them).</summary>
    public static bool IsAgencyName(string word) => Agencies.ContainsKey(word);

    /// <summary>The home country of the agency a dateline credits ("TASS" → Russia, "Trend" → Azerbaijan), or null.</summary>
    public static string? CountryOf(string credit) =>
        Agencies.TryGetValue(credit, out var country) ? country : DatelineCredits.GetValueOrDefault(credit);
}
