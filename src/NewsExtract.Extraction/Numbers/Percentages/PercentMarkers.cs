using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Percentages;

/// <summary>
/// What may follow a number to make it a percentage: "%", "percent", "per cent", "pct", "pc" glued to it; or a change in percentage
/// points: "percentage points", "pp", "p.p."; or basis points ("bps", "basis points": hundredths of a point). A word
/// marker may be hyphenated to its number when the figure is used as an adjective ("a 27-percent rise").
/// </summary>
public static class PercentMarkers
{
    private readonly record struct Marker(string Text, bool IsPoints, decimal Factor);

    // Longest first: "percentage points" must win over "percent", "per cent" over nothing.
    private static readonly Marker[] Words =
    [
        new("percentage points", true, 1m), new("percentage point", true, 1m),
        new("per cent points", true, 1m), new("percent points", true, 1m), new("percent point", true, 1m),
        new("pct points", true, 1m), new("pct. points", true, 1m), new("basis points", true, 0.01m),
        new("basis point", true, 0.01m), new("per cent", false, 1m), new("percent", false, 1m),
        new("p.p.", true, 1m), new("bps", true, 0.01m), new("pct", false, 1m), new("pp", true, 1m),
    ];

    /// <summary>Matches a marker after optional spaces at <paramref name="i"/>.</summary>
    /// <param name="factor">What the number is multiplied by to give percent (0.01 for basis points).</param>
    public static bool TryMatch(string text, int i, out bool isPoints, out decimal factor, out int end)
    {
        isPoints = false;
        factor = 1m;
        end = i;
        int j = SkipSpaces(text, i);
        bool hyphenated = j == i && j + 1 < text.Length && text[j] == '-' && char.IsLetter(text[j + 1]);
        if (hyphenated)
            j++; // "a 27-percent increase": a word marker only
        if (j >= text.Length)
            return false;
        if (!hyphenated && text[j] is '%' or '\uFF05' or '\u066A')
        {
            end = j + 1;
            return true;
        }
        if (text[j] is not ('p' or 'P' or 'b' or 'B'))
            return false;
        // "up 4.5pc": South Asian and British copy's abbreviation, read only glued to its number ("5 pc" may count computers)
        if (!hyphenated && j == i && IsGluedPc(text, j))
        {
            end = j + 2;
            return true;
        }
        foreach (var marker in Words)
        {
            if (MatchWord(text, j, marker.Text, out var e))
            {
                isPoints = marker.IsPoints;
                factor = marker.Factor;
                end = e;
                return true;
            }
        }
        return false;
    }

    private static bool IsGluedPc(string text, int j) =>
        string.CompareOrdinal(text, j, "pc", 0, 2) == 0 && (j + 2 == text.Length || !char.IsLetterOrDigit(text[j + 2]));

    public static bool IsAt(string text, int i) => TryMatch(text, i, out _, out _, out _);
}
