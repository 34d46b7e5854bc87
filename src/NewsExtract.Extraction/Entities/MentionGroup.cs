using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Entities;

/// <summary>The mentions gathered for one entity while merging, and how its display name is chosen.</summary>
public sealed class MentionGroup
{
    private readonly HashSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _surfaceSet = new(StringComparer.Ordinal);
    private readonly List<string> _surfaces = [];

    public MentionGroup(string label, string key, CleanMention first)
    {
        Label = label;
        _keys.Add(key);
        Add(first);
    }

    public string Label { get; }
    public List<CleanMention> Mentions { get; } = [];

    /// <summary>The distinct written forms of the mentions, in the order they came: what a test on every mention's surface needs to look at.</summary>
    public IReadOnlyList<string> Surfaces => _surfaces;

    public bool Matches(string key) => _keys.Contains(key);

    public void Add(CleanMention mention)
    {
        Mentions.Add(mention);
        if (_surfaceSet.Add(mention.Surface)) _surfaces.Add(mention.Surface);
        _keys.Add(mention.Surface);
        if (mention.CountryName is not null) _keys.Add(mention.CountryName);
    }

    public void Absorb(MentionGroup other)
    {
        foreach (var m in other.Mentions) Add(m);
    }

    /// <summary>A country's short name; else the longest written form, in its usual case ("BAKU" → "Baku").</summary>
    public string DisplayName()
    {
        if (Label == EntityLabels.Location && Mentions.FirstOrDefault(m => m.CountryName is not null) is { } country)
            return Mentions.OrderBy(m => m.Start).Select(m => CountryLexicon.StripPossessive(m.Surface))
                .FirstOrDefault(s => CountryLexicon.IsShortFormOf(s, country.CountryName!)) ?? country.CountryName!;
        var forms = Mentions.Select(m => m.Surface).ToList();
        // an organ named before its body is the longer spelling of the name written the other way: that one names it
        // (compared over the distinct spellings, not every mention)
        var spelledOtherwise = _surfaces.Where(f => _surfaces.Any(g => OrganNamedBothWays(f, g))).ToHashSet(StringComparer.Ordinal);
        if (spelledOtherwise.Count > 0) forms = [.. forms.Where(f => !spelledOtherwise.Contains(f))];
        var mixed = forms.Where(f => f.Any(char.IsLower)).ToList();
        if (mixed.Count > 0 && Label != EntityLabels.Organization) forms = mixed;
        var firstStart = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in Mentions) firstStart.TryAdd(m.Surface, m.Start);
        var longest = forms.OrderByDescending(f => f.Length).ThenBy(f => firstStart[f]).First();
        if (Label != EntityLabels.Organization && !longest.Any(char.IsLower))
            longest = string.Join(' ', longest.Split(' ').Select(UsualCase));
        return longest;
    }

    /// <summary>"Council of the Andean League" and "Andean League Council": an organ named before its body ("of the") and after it.</summary>
    internal static bool OrganNamedBothWays(string before, string after)
    {
        int of = before.IndexOf(" of the ", StringComparison.Ordinal);
        if (of <= 0 || before.IndexOf(' ') != of) return false;
        return string.Equals(before[(of + 8)..] + " " + before[..of], after, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A word written in capitals in its usual case: each hyphen-joined part capitalised ("JEAN-YVES" → "Jean-Yves");
    /// an abbreviation of single letters with full stops ("U.N.", "U.S.") is kept as written ("ST." → "St.").
    /// </summary>
    private static string UsualCase(string word)
    {
        if (IsLetterAbbreviation(word)) return word;
        return string.Join('-', word.Split('-').Select(p => p.Length > 1 ? p[0] + p[1..].ToLowerInvariant() : p));
    }

    /// <summary>Single letters each followed by a full stop, at least two ("U.N.", "U.S.A.").</summary>
    private static bool IsLetterAbbreviation(string word)
    {
        if (word.Length < 4 || word.Length % 2 != 0) return false;
        for (int i = 0; i < word.Length; i += 2)
            if (!char.IsLetter(word[i]) || word[i + 1] != '.') return false;
        return true;
    }
}
