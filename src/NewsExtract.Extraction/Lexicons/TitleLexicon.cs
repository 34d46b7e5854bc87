using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// The words that make up the titles of office holders in agency copy: heads ("minister", "ambassador", "CEO"),
/// modifiers that stay in the title ("deputy", "first", "acting", "former", "ex-"), and the words that name bodies
/// ("ministry", "committee", "bank") so a title's organisation can be read off it. The words and their roles are
/// curated data, <c>models/gazetteer/curated/title-words.tsv</c>; the connectors that keep a title going ("of",
/// "the") are grammar and stay here. Lookups ignore case, except a rank's and an abbreviated head's ("PM", not the
/// "pm" of a clock time), which are matched as written.
/// </summary>
public static class TitleLexicon
{
    public const string FileName = "title-words.tsv";

    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> StrongHeads = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> BodyWords = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> PortfolioWords = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Ranks = new(StringComparer.Ordinal);
    private static readonly HashSet<string> WrittenHeads = new(StringComparer.Ordinal);
    private static readonly HashSet<string> PostedBodyWords = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> StateBodyWords = new(StringComparer.OrdinalIgnoreCase);

    static TitleLexicon()
    {
        foreach (var row in CuratedList.Read(FileName, columns: 2))
            foreach (var role in row[1].Split(','))
            {
                SetFor(role, row[0]).Add(row[0]);
                if (role == "strong-head") Heads.Add(row[0]);
            }
    }

    /// <summary>The set a role of the curated list fills (a strong head also goes to the heads).</summary>
    private static HashSet<string> SetFor(string role, string word) =>
        role switch
        {
            "head" => Heads,
            "strong-head" => StrongHeads,
            "modifier" => Modifiers,
            "body" => BodyWords,
            "portfolio" => PortfolioWords,
            "rank" => Ranks,
            "written-head" => WrittenHeads,
            "posted" => PostedBodyWords,
            "state-body" => StateBodyWords,
            _ => throw new InvalidDataException($"{FileName}: \"{word}\" has the role \"{role}\"; expected head, strong-head, written-head, modifier, body, portfolio, rank, posted or state-body"),
        };

    /// <summary>Words inside a title that are not capitalised but keep the title going ("of", "the", "and").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "to", "on", "in", "at", "&",
    };

    /// <summary>True for a capitalised military or police rank ("Colonel", "Brigadier General").</summary>
    public static bool IsRank(string word) => Ranks.Contains(word);

    /// <summary>True for a head word, including hyphenated forms of one ("ex-minister", "vice-premier").</summary>
    public static bool IsHead(string word) => Heads.Contains(word) || WrittenHeads.Contains(word) || (StripExPrefix(word) is { } rest && Heads.Contains(rest));

    /// <summary>True for a head word that makes a title on its own.</summary>
    public static bool IsStrongHead(string word) => StrongHeads.Contains(word) || WrittenHeads.Contains(word) || (StripExPrefix(word) is { } rest && StrongHeads.Contains(rest));

    public static bool IsModifier(string word) => Modifiers.Contains(word) || word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase);

    /// <summary>A word a title may start with: a modifier or a head.</summary>
    public static bool IsTitleStart(string word) => IsHead(word) || IsModifier(word);

    public static bool IsBodyWord(string word) => BodyWords.Contains(word);

    public static bool IsPortfolioWord(string word) => PortfolioWords.Contains(word);

    /// <summary>True for the last word of a body posted to a state and named with it ("Delegation" in "EU Delegation to Georgia").</summary>
    public static bool IsPostedBodyWord(string word) => PostedBodyWords.Contains(word);

    /// <summary>True for a body only a state has ("Ministry", "Government", "Embassy"): a nationality before it names the state.</summary>
    public static bool IsStateBodyWord(string word) => StateBodyWords.Contains(word);

    /// <summary>True for any word a title or body name is made of (head, modifier, body, portfolio).</summary>
    public static bool IsTitleVocabulary(string word) =>
        IsHead(word) || IsModifier(word) || IsBodyWord(word) || IsPortfolioWord(word);

    public static bool IsConnector(string word) => Connectors.Contains(word);

    /// <summary>"ex-minister" → "minister"; null when the word has no "ex-" prefix.</summary>
    public static string? StripExPrefix(string word) =>
        word.Length > 3 && word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) ? word[3..] : null;
}
