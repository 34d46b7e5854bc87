using NewsExtract.Core.Documents;
using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Context;

/// <summary>
/// The hedging words written right before a figure ("more than $8 billion", "about 12 percent"), mapped to the
/// record's <see cref="Qualifiers"/> vocabulary. English function words: a closed list.
/// </summary>
public static class QualifierWords
{
    // Longest first within each word's start so "just under" wins over "under".
    private static readonly (string Words, string Qualifier)[] Entries =
    [
        ("in excess of", Qualifiers.MoreThan), ("upwards of", Qualifiers.MoreThan), ("more than", Qualifiers.MoreThan),
        ("exceeding", Qualifiers.MoreThan), ("over", Qualifiers.MoreThan), ("above", Qualifiers.MoreThan),
        ("fewer than", Qualifiers.LessThan), ("less than", Qualifiers.LessThan), ("under", Qualifiers.LessThan), ("below", Qualifiers.LessThan),
        ("an estimated", Qualifiers.About), ("approximately", Qualifiers.About), ("approx.", Qualifiers.About),
        ("roughly", Qualifiers.About), ("around", Qualifiers.About), ("about", Qualifiers.About), ("some", Qualifiers.About),
        ("circa", Qualifiers.About), ("almost", Qualifiers.Nearly), ("nearly", Qualifiers.Nearly), ("close to", Qualifiers.Nearly),
        ("just under", Qualifiers.Nearly), ("no less than", Qualifiers.AtLeast), ("not less than", Qualifiers.AtLeast),
        ("at least", Qualifiers.AtLeast), ("as much as", Qualifiers.UpTo), ("as many as", Qualifiers.UpTo),
        ("a maximum of", Qualifiers.UpTo), ("up to", Qualifiers.UpTo),
    ];

    /// <summary>The qualifier written right before <paramref name="start"/> (only spaces between), or null.</summary>
    public static string? Before(string text, int start)
    {
        int end = SkipSpacesBack(text, start);
        if (end == start)
            return null; // a qualifier is a word with a space after it
        string? best = null;
        int bestLength = 0;
        foreach (var (words, qualifier) in Entries)
        {
            int s = end - words.Length;
            if (s < 0 || words.Length <= bestLength)
                continue;
            if (!text.AsSpan(s, words.Length).Equals(words, StringComparison.OrdinalIgnoreCase) || !IsWordStart(text, s))
                continue;
            best = qualifier;
            bestLength = words.Length;
        }
        return best;
    }
}
