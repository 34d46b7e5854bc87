using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Dates;

/// <summary>English month names, capitalised, in full ("December") or abbreviated ("Dec", "Dec.", "Sept.").</summary>
internal static class MonthNames
{
    private static readonly string[] Full =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly (string Text, int Month)[] Abbreviations =
    [
        ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8), ("Sept", 9), ("Sep", 9),
        ("Oct", 10), ("Nov", 11), ("Dec", 12),
    ];

    /// <summary>
    /// Matches a month name at <paramref name="i"/>; <paramref name="end"/> includes an abbreviation's full stop.
    /// <paramref name="isBareAbbreviation"/> is true for an abbreviation without a full stop ("Jan"), which could be a name.
    /// </summary>
    public static bool TryMatch(string text, int i, out int month, out int end, out bool isBareAbbreviation)
    {
        month = 0;
        end = i;
        isBareAbbreviation = false;
        if (i >= text.Length || !IsAsciiUpper(text[i]) || !IsWordStart(text, i))
            return false;
        int e = LettersEnd(text, i);
        if (!IsWordEnd(text, e))
            return false;
        var word = text.AsSpan(i, e - i);
        for (int m = 0; m < Full.Length; m++)
        {
            if (word.Equals(Full[m], StringComparison.OrdinalIgnoreCase))
            {
                month = m + 1;
                end = e;
                return true;
            }
        }
        foreach (var (abbreviation, number) in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                month = number;
                bool dotted = e < text.Length && text[e] == '.';
                end = dotted ? e + 1 : e;
                isBareAbbreviation = !dotted;
                return true;
            }
        }
        return false;
    }
}
