using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Dates;

/// <summary>
/// The year a period is "of": ", 2018", "of 2018", "of the year", "of this year", "of the current year",
/// "of last year", "of the previous year", "of next year". Relative forms need the publication date.
/// </summary>
internal static class YearReference
{
    /// <summary>
    /// True when a year reference follows <paramref name="i"/>; <paramref name="year"/> is null when it is relative
    /// and there is no publication date.
    /// </summary>
    public static bool TryMatch(DateContext context, int i, out int? year, out int end)
    {
        var text = context.Text;
        year = null;
        end = i;
        int j = SkipSpaces(text, i);
        if (j < text.Length && text[j] == ',')
            j = SkipSpaces(text, j + 1);
        if (YearNumbers.TryYearAt(text, j, out var written, out var writtenEnd))
        {
            year = written;
            end = writtenEnd;
            return true;
        }
        if (!MatchWord(text, j, "of", out var ofEnd) && !MatchWord(text, j, "in", out ofEnd))
            return false;
        j = SkipSpaces(text, ofEnd);
        if (YearNumbers.TryYearAt(text, j, out written, out writtenEnd))
        {
            year = written;
            end = writtenEnd;
            return true;
        }
        bool hasThe = MatchWord(text, j, "the", out var theEnd);
        if (hasThe)
            j = SkipSpaces(text, theEnd);

        int offset;
        if (hasThe && MatchWord(text, j, "year", out var yearEnd))
        {
            offset = 0;
        }
        else
        {
            int e = LettersEnd(text, j);
            var word = text.AsSpan(j, e - j);
            if (word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("current", StringComparison.OrdinalIgnoreCase))
                offset = 0;
            else if (word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("previous", StringComparison.OrdinalIgnoreCase)
                     || word.Equals("past", StringComparison.OrdinalIgnoreCase))
                offset = -1;
            else if (word.Equals("next", StringComparison.OrdinalIgnoreCase))
                offset = 1;
            else
                return false;
            if (!MatchWordAfterSpaces(text, e, "year", out yearEnd))
                return false;
        }
        end = yearEnd;
        year = context.Published?.Year + offset;
        return true;
    }
}
