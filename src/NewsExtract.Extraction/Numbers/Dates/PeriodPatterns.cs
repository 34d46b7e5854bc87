using NewsExtract.Core.Documents;
using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Dates;

/// <summary>
/// Parts of a year: "first half of 2018", "the second half-year", "first six months of 2017", "first 10 months",
/// "third quarter of this year", "last quarter of 2018", "Q3 2019", "H1 2018", "1Q 2019". Without a year they take
/// the one nearest the publication date.
/// </summary>
internal static class PeriodPatterns
{
    private static readonly (string Word, int Number)[] Ordinals =
    [
        ("first", 1), ("1st", 1), ("second", 2), ("2nd", 2), ("third", 3), ("3rd", 3), ("fourth", 4), ("4th", 4),
        ("last", -1), ("final", -1),
    ];

    /// <summary>"first half of 2018", "first nine months of the year", "the third quarter".</summary>
    public static bool TryOrdinalPeriodAt(DateContext context, int i, out DateMention mention)
    {
        mention = null!;
        var text = context.Text;
        int ordinal = 0, ordinalEnd = 0;
        foreach (var (word, number) in Ordinals)
        {
            if (MatchWord(text, i, word, out ordinalEnd))
            {
                ordinal = number;
                break;
            }
        }
        if (ordinal == 0)
            return false;

        int j = SkipSpaces(text, ordinalEnd);
        int fromMonth, toMonth, end;
        if (MatchWord(text, j, "quarter", out end))
        {
            int quarter = ordinal == -1 ? 4 : ordinal;
            fromMonth = quarter * 3 - 2;
            toMonth = quarter * 3;
        }
        else if (MatchWord(text, j, "half", out end) && ordinal is 1 or 2 or -1)
        {
            int half = ordinal == -1 ? 2 : ordinal;
            fromMonth = half == 1 ? 1 : 7;
            toMonth = half == 1 ? 6 : 12;
            if (end < text.Length && IsDash(text[end]) && MatchWord(text, end + 1, "year", out var hyphenYear))
                end = hyphenYear;
            else if (MatchWordAfterSpaces(text, end, "year", out var spacedYear))
                end = spacedYear;
        }
        else if (ordinal == 1 && TryMonthCount(text, j, out var months, out end))
        {
            fromMonth = 1;
            toMonth = months;
        }
        else
        {
            return false;
        }

        if (YearReference.TryMatch(context, end, out var year, out var yearEnd))
        {
            mention = year is int y
                ? DateMentionFactory.MonthRange(i, yearEnd, y, fromMonth, y, toMonth)
                : DateMentionFactory.Unresolved(i, yearEnd, text[i..yearEnd]);
            return true;
        }
        if (ordinal == -1)
            return false; // "last quarter" alone is relative: see RelativeDatePatterns
        mention = Resolve(context, i, end, fromMonth, toMonth);
        return true;
    }

    /// <summary>"Q3 2019", "Q1", "H1 2018", "1H 2018", "3Q19" is not read.</summary>
    public static bool TryCodeAt(DateContext context, int i, out DateMention mention)
    {
        mention = null!;
        var text = context.Text;
        if (i + 2 > text.Length || !IsWordEnd(text, i + 2))
            return false;
        char a = text[i], b = text[i + 1];
        char letter, digit;
        if (a is 'Q' or 'H' && IsDigit(b)) (letter, digit) = (a, b);
        else if (IsDigit(a) && b is 'Q' or 'H') (letter, digit) = (b, a);
        else return false;

        int number = digit - '0';
        int fromMonth, toMonth;
        if (letter == 'Q' && number is >= 1 and <= 4)
        {
            fromMonth = number * 3 - 2;
            toMonth = number * 3;
        }
        else if (letter == 'H' && number is 1 or 2)
        {
            fromMonth = number == 1 ? 1 : 7;
            toMonth = number == 1 ? 6 : 12;
        }
        else
        {
            return false;
        }

        int end = i + 2;
        if (YearReference.TryMatch(context, end, out var year, out var yearEnd))
        {
            mention = year is int y
                ? DateMentionFactory.MonthRange(i, yearEnd, y, fromMonth, y, toMonth)
                : DateMentionFactory.Unresolved(i, yearEnd, text[i..yearEnd]);
            return true;
        }
        mention = Resolve(context, i, end, fromMonth, toMonth);
        return true;
    }

    private static DateMention Resolve(DateContext context, int start, int end, int fromMonth, int toMonth)
    {
        if (context.Published is not DateOnly published)
            return DateMentionFactory.Unresolved(start, end, context.Text[start..end]);
        int year = ImpliedYear.LatestStarted(published, fromMonth);
        return DateMentionFactory.MonthRange(start, end, year, fromMonth, year, toMonth);
    }

    /// <summary>"six months", "10 months", "nine month" (1–12).</summary>
    private static bool TryMonthCount(string text, int i, out int months, out int end)
    {
        months = 0;
        end = i;
        int numberEnd;
        if (i < text.Length && IsDigit(text[i]))
        {
            if (!YearNumbers.TrySmallNumberAt(text, i, out months, out numberEnd) || !IsWordEnd(text, numberEnd))
                return false;
        }
        else if (!NumberWords.TryParse(text, i, allowArticle: false, out months, out numberEnd))
        {
            return false;
        }
        if (months is < 1 or > 12)
            return false;
        int j = SkipSpaces(text, numberEnd);
        return MatchWord(text, j, "months", out end) || MatchWord(text, j, "month", out end);
    }
}
