using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Dates;

/// <summary>English weekday names, capitalised and in full ("Thursday").</summary>
internal static class WeekdayNames
{
    private static readonly (string Name, DayOfWeek Day)[] Names =
    [
        ("Monday", DayOfWeek.Monday), ("Tuesday", DayOfWeek.Tuesday), ("Wednesday", DayOfWeek.Wednesday),
        ("Thursday", DayOfWeek.Thursday), ("Friday", DayOfWeek.Friday), ("Saturday", DayOfWeek.Saturday),
        ("Sunday", DayOfWeek.Sunday),
    ];

    public static bool TryMatch(string text, int i, out DayOfWeek day, out int end)
    {
        day = default;
        end = i;
        if (i >= text.Length || !IsAsciiUpper(text[i]))
            return false;
        foreach (var (name, value) in Names)
        {
            if (MatchWord(text, i, name, out end))
            {
                day = value;
                return true;
            }
        }
        return false;
    }
}
