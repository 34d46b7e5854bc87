using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// Countries as agency copy names them, from the world gazetteer (<see cref="WorldGazetteer"/>, built from open
/// sources): the short name analysts use ("Russia"), the long and official forms and other names ("Russian
/// Federation", "Republic of Azerbaijan", "UAE"), and the nationality adjectives and demonyms ("Russian",
/// "Azerbaijani", "Azerbaijanis"). Every form maps to the short name. Matching is case-sensitive on the written form
/// (country names are capitalised in copy), with an all-capitals fallback for datelines ("BAKU", "RUSSIA").
/// </summary>
public static class CountryLexicon
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> ByAdjective = new(StringComparer.Ordinal);
    private static readonly HashSet<string> ShortNames = new(StringComparer.Ordinal);
    // the words naming a state's form in official names ("Kingdom" of "Kingdom of Saudi Arabia", "Islamic Republic")
    private static readonly HashSet<string> StateFormWords = new(StringComparer.Ordinal);
    // the all-capitals fallback: the first name form (in ByName's order) equal to the text ignoring case
    private static readonly Dictionary<string, string> ByNameIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    static CountryLexicon()
    {
        // most populous first, so a form several countries share goes to the one copy most likely means
        foreach (var country in WorldGazetteer.LoadDefault().Countries.OrderByDescending(c => c.Population))
        {
            ShortNames.Add(country.Name);
            ByName.TryAdd(country.Name, country.Name);
            foreach (var name in country.OtherNames.Prepend(country.OfficialName)) ByName.TryAdd(name, country.Name);
            foreach (var adjective in country.Adjectives.Concat(country.Demonyms)) ByAdjective.TryAdd(adjective, country.Name);
            int of = country.OfficialName.IndexOf(" of ", StringComparison.Ordinal);
            if (of > 0) StateFormWords.UnionWith(country.OfficialName[..of].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        foreach (var (key, value) in ByName) ByNameIgnoringCase.TryAdd(key, value);
        MaxNameWords = Math.Min(6, ByName.Keys.Max(n => n.Split(' ').Length));
        FirstWords = new NameFirstWords(ByName.Keys.Concat(ByAdjective.Keys));
    }

    /// <summary>The first words of every name, adjective and demonym: where none fits, <see cref="ShortNameOfAny"/> finds nothing.</summary>
    public static NameFirstWords FirstWords { get; }

    /// <summary>The longest name form, in words; used by scanners to bound how far they look.</summary>
    public static int MaxNameWords { get; }

    /// <summary>All the names (short and long forms), for scanning text.</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>The short name for a country name or long form ("Russian Federation" → "Russia"), else null.</summary>
    public static string? ShortNameOf(string name)
    {
        name = Clean(name);
        if (ByName.TryGetValue(name, out var shortName)) return shortName;
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && ByName.TryGetValue(name[4..], out shortName)) return shortName;
        if (name.Length > 1 && IsAllCaps(name) && ByNameIgnoringCase.TryGetValue(name, out var value)) return value;
        return null;
    }

    /// <summary>The short name for a nationality adjective or demonym ("Azerbaijani" → "Azerbaijan"), else null.</summary>
    public static string? ShortNameOfAdjective(string word) =>
        ByAdjective.TryGetValue(Clean(word), out var shortName) ? shortName : null;

    /// <summary>The short name for a name, long form, possessive ("Russia's") or adjective; else null.</summary>
    public static string? ShortNameOfAny(string surface)
    {
        var cleaned = StripPossessive(Clean(surface));
        return ShortNameOf(cleaned) ?? ShortNameOfAdjective(cleaned);
    }

    public static bool IsShortName(string name) => ShortNames.Contains(name);

    /// <summary>Whether <paramref name="name"/> names a state in any of its forms: short, official or other ("Czechia", "Russian Federation").</summary>
    public static bool IsStateName(string name) => ShortNameOf(name) is not null;

    /// <summary>
    /// Whether <paramref name="word"/> names a state's form in an official name, the words before "of" ("Kingdom",
    /// "Islamic", "Republic", "Sultanate", "Principality"): "the Kingdom" or "the Islamic Republic" alone refers to a state
    /// by its form, as "the ministry" refers to a body by its kind.
    /// </summary>
    public static bool IsStateFormWord(string word) => StateFormWords.Contains(word);

    /// <summary>
    /// Whether <paramref name="surface"/> is a name of the country <paramref name="shortName"/> as copy writes it, no
    /// longer in words than the short name ("Türkiye", "UAE" for "United Arab Emirates"): such a form stays as written,
    /// while long official forms ("Russian Federation") and capitals-only datelines ("RUSSIA") give way to the short name.
    /// </summary>
    public static bool IsShortFormOf(string surface, string shortName)
    {
        var cleaned = Clean(surface);
        if (cleaned.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) cleaned = cleaned[4..];
        return ByName.TryGetValue(cleaned, out var name) && name == shortName
            && cleaned.Split(' ').Length <= shortName.Split(' ').Length;
    }

    /// <summary>Drops a trailing possessive ('s, ’s, s').</summary>
    public static string StripPossessive(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) return word[..^2];
        if (word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal)) return word[..^1];
        return word;
    }

    private static string Clean(string text) => IsClean(text) ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Already single-spaced with no space at either end: cleaning would give the same string.</summary>
    private static bool IsClean(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsWhiteSpace(c)) continue;
            if (c != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' ') return false;
        }
        return true;
    }

    private static bool IsAllCaps(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);
}
