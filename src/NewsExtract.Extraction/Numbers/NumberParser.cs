using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers;

/// <summary>
/// Reads a number written with digits as news agencies write it: "1,300" and "1,300,000" (comma thousands),
/// "1.300.000" (dot thousands, two or more groups), "1 300" (thin or no-break space thousands; plain spaces only when
/// the caller allows), "1.14" (decimal point) and "612,87" (decimal comma: one or two digits and no further group).
/// Something like "30.12.2018" or "1.2.3" is not a number.
/// </summary>
public static class NumberParser
{
    private const int MaxDigits = 18;

    /// <summary>Parses the number that starts with the digit at <paramref name="start"/>.</summary>
    /// <param name="allowPlainSpaceGrouping">Accept an ordinary space as a thousands separator ("AZN 1 300 000").</param>
    public static bool TryParse(string text, int start, bool allowPlainSpaceGrouping, out NumberLiteral number)
    {
        number = default;
        if ((uint)start >= (uint)text.Length || !IsDigit(text[start]))
            return false;

        ulong integer = 0;
        int digits = 0;
        int i = start;
        for (; i < text.Length && IsDigit(text[i]); i++)
        {
            if (++digits > MaxDigits) return false;
            integer = integer * 10 + (ulong)(text[i] - '0');
        }

        char separator = '\0';
        int firstRun = digits;
        while (firstRun <= 3 && IsGroupAt(text, i, separator, allowPlainSpaceGrouping, out var sep))
        {
            if (separator == '\0' && sep == '.' && !IsGroupAt(text, i + 4, '.', false, out _))
                break; // a single ".ddd" is a decimal point ("1.140"), not a thousands group
            separator = sep;
            for (int k = i + 1; k < i + 4; k++)
            {
                if (++digits > MaxDigits) return false;
                integer = integer * 10 + (ulong)(text[k] - '0');
            }
            i += 4;
        }

        ulong fraction = 0;
        int fractionDigits = 0;
        if (i + 1 < text.Length && IsDigit(text[i + 1]) && text[i] != separator)
        {
            if (text[i] == '.')
            {
                int k = i + 1;
                for (; k < text.Length && IsDigit(text[k]); k++)
                {
                    if (++fractionDigits > MaxDigits) return false;
                    fraction = fraction * 10 + (ulong)(text[k] - '0');
                }
                i = k;
            }
            else if (text[i] == ',')
            {
                int k = DigitsEnd(text, i + 1);
                if (k - (i + 1) <= 2)
                {
                    for (int f = i + 1; f < k; f++)
                    {
                        fractionDigits++;
                        fraction = fraction * 10 + (ulong)(text[f] - '0');
                    }
                    i = k;
                }
            }
        }

        // "30.12.2018", "1,2,3", "1.300.00": more digit groups follow, so this is not one number.
        if (i + 1 < text.Length && (text[i] == '.' || text[i] == ',') && IsDigit(text[i + 1]))
            return false;
        if (i < text.Length && IsDigit(text[i]))
            return false;

        decimal value = integer;
        if (fractionDigits > 0)
            value += new decimal((int)(uint)fraction, (int)(uint)(fraction >> 32), 0, false, (byte)fractionDigits);
        number = new NumberLiteral(start, i, value, firstRun, separator != '\0', fractionDigits > 0);
        return true;
    }

    /// <summary>A separator at <paramref name="i"/> followed by exactly three digits.</summary>
    private static bool IsGroupAt(string text, int i, char current, bool allowPlainSpace, out char separator)
    {
        separator = '\0';
        if (i < 0 || i + 3 >= text.Length)
            return false;
        char c = text[i];
        bool isSeparator = c == ',' || c == '.' || IsGroupSpace(c) || (allowPlainSpace && c == ' ');
        if (!isSeparator || (current != '\0' && c != current))
            return false;
        if (!IsDigit(text[i + 1]) || !IsDigit(text[i + 2]) || !IsDigit(text[i + 3]))
            return false;
        if (i + 4 < text.Length && IsDigit(text[i + 4]))
            return false;
        separator = c;
        return true;
    }
}
