using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Dates;

/// <summary>Reads the small digit groups dates are made of: a four-digit year, a one- or two-digit day or month.</summary>
internal static class YearNumbers
{
    public const int MinYear = 1800;
    public const int MaxYear = 2199;

    /// <summary>Four digits (1800–2199) at <paramref name="i"/>, not part of a longer number or followed by "%".</summary>
    public static bool TryYearAt(string text, int i, out int year, out int end)
    {
        year = 0;
        end = i;
        if (i + 4 > text.Length || DigitsEnd(text, i) != i + 4 || (i > 0 && IsDigit(text[i - 1])))
            return false;
        year = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
        end = i + 4;
        return year is >= MinYear and <= MaxYear && IsCleanNumberEnd(text, end);
    }

    /// <summary>One or two digits at <paramref name="i"/> (not more).</summary>
    public static bool TrySmallNumberAt(string text, int i, out int value, out int end)
    {
        value = 0;
        end = DigitsEnd(text, i);
        int length = end - i;
        if (length is < 1 or > 2)
            return false;
        value = length == 1 ? text[i] - '0' : (text[i] - '0') * 10 + (text[i + 1] - '0');
        return true;
    }

    /// <summary>Nothing after <paramref name="end"/> continues the number: no digit, letter, "%" or ".5"/",5".</summary>
    public static bool IsCleanNumberEnd(string text, int end)
    {
        if (end >= text.Length)
            return true;
        char c = text[end];
        if (char.IsLetterOrDigit(c) || c == '%')
            return false;
        return !((c is '.' or ',') && end + 1 < text.Length && IsDigit(text[end + 1]));
    }

    /// <summary>Skips an English ordinal suffix ("30th", "1st", "22nd", "3rd") right after a number.</summary>
    public static int SkipOrdinalSuffix(string text, int i)
    {
        if (i + 2 <= text.Length && IsWordEnd(text, i + 2))
        {
            var suffix = text.AsSpan(i, 2);
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
                return i + 2;
        }
        return i;
    }
}
