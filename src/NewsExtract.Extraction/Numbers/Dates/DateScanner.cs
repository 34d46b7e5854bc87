using NewsExtract.Core.Documents;
using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Dates;

/// <summary>
/// Walks the text word by word and, at each word, tries the date patterns longest-first (periods, calendar dates,
/// weekdays, relative words). Mentions come out sorted and never overlap: scanning resumes after each match.
/// </summary>
internal static class DateScanner
{
    public static void Scan(DateContext context, List<DateMention> output, CancellationToken cancellationToken)
    {
        var text = context.Text;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            if (TryAt(context, i, c, out var mention))
            {
                cancellationToken.ThrowIfCancellationRequested();
                output.Add(mention);
                i = Math.Max(mention.End, i + 1);
                continue;
            }
            i = IsDigit(c) ? SkipNumber(text, i) : Math.Max(i + 1, SkipWord(text, i));
        }
    }

    private static bool TryAt(DateContext context, int i, char c, out DateMention mention)
    {
        if (IsDigit(c))
        {
            return PeriodPatterns.TryOrdinalPeriodAt(context, i, out mention)
                || PeriodPatterns.TryCodeAt(context, i, out mention)
                || AbsoluteDatePatterns.TryNumericAt(context, i, out mention);
        }
        if (IsAsciiUpper(c)
            && (AbsoluteDatePatterns.TryMonthAt(context, i, out mention)
                || RelativeDatePatterns.TryWeekdayAt(context, i, out mention)
                || PeriodPatterns.TryCodeAt(context, i, out mention)))
            return true;
        mention = null!;
        // Ordinals (first, second, third, fourth, last, final) and relative words (today, yesterday, tomorrow, this,
        // last, previous, next, coming, current) all start with one of these letters.
        if (char.ToLowerInvariant(c) is not ('c' or 'f' or 'l' or 'n' or 'p' or 's' or 't' or 'y'))
            return false;
        return PeriodPatterns.TryOrdinalPeriodAt(context, i, out mention)
            || RelativeDatePatterns.TryRelativeAt(context, i, out mention);
    }

    private static int SkipWord(string text, int i)
    {
        while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
        return i;
    }

    private static int SkipNumber(string text, int i)
    {
        i++;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && IsDigit(text[i + 1]))))
            i++;
        return i;
    }
}
