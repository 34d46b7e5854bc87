using System.Text;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction.Entities;

/// <summary>
/// Links organisations to their acronyms: one defined in brackets right after the name ("State Customs Committee
/// (SCC)", or written as a word when it spells the name's initials: "Malaysian Investment Development Authority (Mida)",
/// or a one-word short name with capitals inside: "Turkish Statistical Institute (TurkStat)") or built from the initials of the name's capitalised words ("Asian Development Bank" … "ADB"). Finds the
/// acronym's other uses in the text as mentions, and merges an acronym's entity into the full name's entity.
/// </summary>
public static class AcronymFinder
{
    public static IEnumerable<CleanMention> Find(string text, IReadOnlyList<CleanMention> existing)
    {
        var found = new List<CleanMention>();
        var taken = new RangeIndex([.. existing.Select(x => (x.Start, x.End))]);
        var foundRanges = new DisjointRanges();
        // an acronym already looked for has nothing more to give (taken ranges only grow)
        var searched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var org in existing.Where(m => m.Label == EntityLabels.Organization))
        {
            foreach (var acronym in AcronymsOf(text, org))
            {
                if (!searched.Add(acronym)) continue;
                int at = 0;
                while ((at = text.IndexOf(acronym, at, StringComparison.Ordinal)) >= 0)
                {
                    int end = at + acronym.Length;
                    bool whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
                    if (whole && !taken.Overlaps(at, end) && !foundRanges.Overlaps(at, end))
                    {
                        found.Add(new CleanMention(at, end, EntityLabels.Organization, acronym, null));
                        foundRanges.Add(at, end);
                    }
                    at = end;
                }
            }
        }
        return found;
    }

    /// <summary>Merges each organisation whose name is an acronym of another organisation's name, in any case, into it.</summary>
    public static void MergeAcronyms(string text, List<MentionGroup> groups)
    {
        foreach (var shortGroup in groups.Where(g => g.Label == EntityLabels.Organization).ToList())
        {
            var names = shortGroup.Mentions.Select(m => m.Surface).Distinct().ToList();
            if (!names.Any(n => IsAcronymShape(n) || IsWordCase(n) || IsCamelCase(n))) continue;
            // every name is the acronym as defined or in another case ("BOI" defined, "BoI" further on)
            var owner = groups.FirstOrDefault(g => g != shortGroup && g.Label == EntityLabels.Organization
                && g.Mentions.Any(m => AcronymsOf(text, m).Any(a => names.All(n => string.Equals(n, a, StringComparison.OrdinalIgnoreCase)))));
            if (owner is null) continue;
            owner.Absorb(shortGroup);
            groups.Remove(shortGroup);
        }
    }

    public static IEnumerable<string> AcronymsOf(string text, CleanMention org)
    {
        // defined in brackets right after the name
        int i = org.End;
        while (i < text.Length && text[i] == ' ') i++;
        if (i < text.Length && text[i] == '(')
        {
            int close = text.IndexOf(')', i);
            if (close > i + 1 && close - i <= 12)
            {
                var inside = text[(i + 1)..close].Trim();
                if (IsAcronymShape(inside) || IsWordCaseAcronymOf(inside, org.Surface) || IsCamelCase(inside)) yield return inside;
            }
        }
        var words = org.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2)
        {
            var sb = new StringBuilder();
            foreach (var w in words)
                if (char.IsUpper(w[0]) && w is not "The") sb.Append(w[0]);
            if (sb.Length >= 2 && sb.Length == words.Count(w => char.IsUpper(w[0]) && w is not "The")) yield return sb.ToString();
        }
    }

    /// <summary>
    /// An acronym written as a word ("Mida", "Miti": British and Malaysian house style for acronyms read as words), taken
    /// as one only when defined in brackets right after the name whose capitalised words' initials it spells
    /// ("Malaysian Investment Development Authority (Mida)").
    /// </summary>
    private static bool IsWordCaseAcronymOf(string candidate, string name)
    {
        if (!IsWordCase(candidate)) return false;
        var initials = new StringBuilder();
        foreach (var w in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (char.IsUpper(w[0]) && w is not "The") initials.Append(w[0]);
        return string.Equals(initials.ToString(), candidate, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A capital then two to seven small letters ("Mida", "Nato").</summary>
    private static bool IsWordCase(string s) =>
        s.Length is >= 3 and <= 8 && char.IsUpper(s[0]) && s.Skip(1).All(char.IsLower);

    /// <summary>
    /// A short name written as one word with capitals inside ("TurkStat", "BelTA"), taken as the body's short name only
    /// when defined in brackets right after its name.
    /// </summary>
    private static bool IsCamelCase(string s) =>
        s.Length is >= 4 and <= 12 && char.IsUpper(s[0]) && s.All(char.IsLetterOrDigit) && s.Any(char.IsLower) && s.Count(char.IsUpper) >= 2;

    private static bool IsAcronymShape(string s) =>
        s.Length is >= 2 and <= 10 && s.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '&' || c == '-') && s.Any(char.IsLetter);
}
