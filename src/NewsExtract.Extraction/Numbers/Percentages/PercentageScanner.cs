using NewsExtract.Core.Documents;
using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Percentages;

/// <summary>
/// Finds percentages and percentage-point figures in plain text, left to right, without overlaps. A range
/// ("5-7 percent", "5 to 7 percent", "between 5 and 7 percent") yields one mention per end: the low end covers just
/// its number, the high end its number and the marker; both take the marker's kind. Small numbers written in words
/// count too ("nine percent").
/// </summary>
internal static class PercentageScanner
{
    public static void Scan(string text, List<PercentMention> output, CancellationToken cancellationToken)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!IsDigit(text[i]))
            {
                if (char.IsLetter(text[i]) && IsWordStart(text, i) && TryWordPercentAt(text, i, out var worded))
                {
                    output.Add(worded);
                    i = worded.End;
                    continue;
                }
                i = char.IsLetter(text[i]) ? LettersEnd(text, i) : i + 1;
                continue;
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (i > 0 && char.IsLetter(text[i - 1]))
            {
                i = DigitsEnd(text, i);
                continue;
            }
            if (!NumberParser.TryParse(text, i, allowPlainSpaceGrouping: false, out var number))
            {
                i = SkipNumber(text, i);
                continue;
            }

            int start = i;
            decimal sign = 1m;
            if (i > 0 && text[i - 1] is '-' or '\u2212' or '+' && (i == 1 || IsSpace(text[i - 2]) || text[i - 2] == '('))
            {
                start = i - 1;
                sign = text[i - 1] == '+' ? 1m : -1m;
            }

            if (PercentMarkers.TryMatch(text, number.End, out var points, out var factor, out var end))
            {
                output.Add(Mention(start, end, sign * number.Value, factor, points));
                i = end;
                continue;
            }

            if (TryRangeEnd(text, number, WordBeforeIs(text, start, "between"), out var second, out var markerEnd, out points, out factor)
                && second.Value > number.Value)
            {
                output.Add(Mention(start, number.End, sign * number.Value, factor, points));
                output.Add(Mention(second.Start, markerEnd, second.Value, factor, points));
                i = markerEnd;
                continue;
            }
            i = number.End;
        }
    }

    private static bool TryRangeEnd(string text, NumberLiteral first, bool between, out NumberLiteral second,
        out int markerEnd, out bool points, out decimal factor)
    {
        second = default;
        markerEnd = 0;
        points = false;
        factor = 1m;
        int q = SkipSpaces(text, first.End);
        if (q >= text.Length)
            return false;
        if (IsDash(text[q]))
            q++;
        else if (MatchWord(text, q, "to", out var toEnd))
            q = toEnd;
        else if (between && MatchWord(text, q, "and", out var andEnd))
            q = andEnd;
        else
            return false;
        q = SkipSpaces(text, q);
        return q < text.Length && IsDigit(text[q])
            && NumberParser.TryParse(text, q, allowPlainSpaceGrouping: false, out second)
            && PercentMarkers.TryMatch(text, second.End, out points, out factor, out markerEnd);
    }

    /// <summary>"nine percent", "twenty-five per cent": a number written in words before a marker.</summary>
    private static bool TryWordPercentAt(string text, int i, out PercentMention mention)
    {
        mention = null!;
        if (!NumberWords.TryParse(text, i, allowArticle: false, out var value, out var end)
            || !PercentMarkers.TryMatch(text, end, out var points, out var factor, out var markerEnd))
            return false;
        mention = Mention(i, markerEnd, value, factor, points);
        return true;
    }

    private static PercentMention Mention(int start, int end, decimal value, decimal factor, bool points)
        => new(start, end, DecimalNormalizer.Normalize(value * factor), points);

    private static int SkipNumber(string text, int i)
    {
        i++;
        while (i < text.Length && (IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && IsDigit(text[i + 1]))))
            i++;
        return i;
    }
}
