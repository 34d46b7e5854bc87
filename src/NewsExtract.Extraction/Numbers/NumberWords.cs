using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers;

/// <summary>
/// Small cardinal numbers written as words: "five", "twelve", "twenty-five", "two hundred", "a"/"an" (one, when a
/// scale word follows, as in "a billion"). Enough for "five million dollars" and "the first nine months".
/// </summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnitLookup =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TensLookup =
        Tens.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is a cardinal number word ("one", "twelve", "forty").</summary>
    public static bool IsCardinal(string word) => Units.ContainsKey(word) || Tens.ContainsKey(word);

    /// <summary>Reads a number written in words starting at the word at <paramref name="i"/>.</summary>
    /// <param name="allowArticle">Read "a"/"an" as one (only sensible before a scale word).</param>
    public static bool TryParse(string text, int i, bool allowArticle, out int value, out int end)
    {
        value = 0;
        end = i;
        if (!IsWordStart(text, i))
            return false;
        int e = LettersEnd(text, i);
        if (e == i || !IsWordEnd(text, e))
            return false;
        var word = text.AsSpan(i, e - i);

        if (allowArticle && (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            value = 1;
            end = e;
            return true;
        }

        if (TensLookup.TryGetValue(word, out var tens))
        {
            value = tens;
            end = e;
            // "twenty-five", "twenty five"
            int j = e < text.Length && text[e] == '-' ? e + 1 : SkipSpaces(text, e);
            int ue = LettersEnd(text, j);
            if (ue > j && IsWordEnd(text, ue) && UnitLookup.TryGetValue(text.AsSpan(j, ue - j), out var unit) && unit < 10)
            {
                value += unit;
                end = ue;
            }
        }
        else if (UnitLookup.TryGetValue(word, out var unit))
        {
            value = unit;
            end = e;
        }
        else
        {
            return false;
        }

        if (MatchWordAfterSpaces(text, end, "hundred", out var he) && value < 10)
        {
            value *= 100;
            end = he;
        }
        return true;
    }
}
