using NewsExtract.Core.Documents;
using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Dates;

/// <summary>
/// Calendar dates written out: "2018-12-30", "30.12.2018" (day first), "December 30, 2018", "Dec. 30", "30 December",
/// "the 30th of December 2018", "December 28-30", "December 2018", "January-July 2018", "from January to June 2018",
/// "in May"; and years in a date context: "in 2018", "since 2014", "mid-2018", "2017-2018".
/// </summary>
internal static class AbsoluteDatePatterns
{
    /// <summary>Words after which a bare four-digit number is a year.</summary>
    private static readonly string[] YearContext =
    [
        "in", "since", "until", "till", "by", "from", "during", "for", "before", "after", "throughout", "of", "early",
        "late", "end", "beginning", "year", "fiscal", "between", "through", "spring", "summer", "autumn", "fall",
        "winter",
    ];

    /// <summary>Words after which a bare month name ("in May") is a month.</summary>
    private static readonly string[] MonthContext =
        ["in", "since", "until", "till", "by", "from", "during", "early", "late", "mid", "of", "before", "after", "through"];

    public static bool TryNumericAt(DateContext context, int i, out DateMention mention)
    {
        mention = null!;
        var text = context.Text;
        if (i > 1 && text[i - 1] is '.' or ',' && IsDigit(text[i - 2]))
            return false; // inside a number
        int digitsEnd = DigitsEnd(text, i);
        int length = digitsEnd - i;
        if (length == 4)
            return TryIsoDayAt(text, i, out mention) || TryYearAt(context, i, out mention);
        if (length is 1 or 2)
            return TryDottedDayAt(text, i, out mention) || TryDayMonthAt(context, i, out mention);
        return false;
    }

    /// <summary>"2018-12-30".</summary>
    private static bool TryIsoDayAt(string text, int i, out DateMention mention)
    {
        mention = null!;
        if (i + 10 > text.Length || text[i + 4] != '-' || text[i + 7] != '-'
            || DigitsEnd(text, i + 5) != i + 7 || DigitsEnd(text, i + 8) != i + 10 || !YearNumbers.IsCleanNumberEnd(text, i + 10))
            return false;
        int year = int.Parse(text.AsSpan(i, 4));
        int month = int.Parse(text.AsSpan(i + 5, 2));
        int day = int.Parse(text.AsSpan(i + 8, 2));
        if (!DateMentionFactory.IsValidDay(year, month, day))
            return false;
        mention = DateMentionFactory.Day(i, i + 10, new DateOnly(year, month, day));
        return true;
    }

    /// <summary>"30.12.2018", day first.</summary>
    private static bool TryDottedDayAt(string text, int i, out DateMention mention)
    {
        mention = null!;
        if (!YearNumbers.TrySmallNumberAt(text, i, out var day, out var p) || p >= text.Length || text[p] != '.'
            || !YearNumbers.TrySmallNumberAt(text, p + 1, out var month, out var q) || q >= text.Length || text[q] != '.'
            || !YearNumbers.TryYearAt(text, q + 1, out var year, out var end))
            return false;
        if (!DateMentionFactory.IsValidDay(year, month, day))
            return false;
        mention = DateMentionFactory.Day(i, end, new DateOnly(year, month, day));
        return true;
    }

    /// <summary>"30 December 2018", "30th of December", "28-30 December 2018".</summary>
    private static bool TryDayMonthAt(DateContext context, int i, out DateMention mention)
    {
        mention = null!;
        var text = context.Text;
        YearNumbers.TrySmallNumberAt(text, i, out var day, out var p);
        int lastDay = day;
        if (p + 1 < text.Length && IsDash(text[p]) && YearNumbers.TrySmallNumberAt(text, p + 1, out var secondDay, out var secondEnd)
            && secondDay > day)
        {
            lastDay = secondDay;
            p = secondEnd;
        }
        p = YearNumbers.SkipOrdinalSuffix(text, p);
        int q = SkipSpaces(text, p);
        if (q == p || q >= text.Length)
            return false;
        if (MatchWord(text, q, "of", out var ofEnd))
            q = SkipSpaces(text, ofEnd);
        if (!MonthNames.TryMatch(text, q, out var month, out var end, out _))
            return false;
        int? year = null;
        if (YearNumbers.TryYearAt(text, SkipYearSeparator(text, end), out var written, out var yearEnd))
        {
            year = written;
            end = yearEnd;
        }
        return TryDays(context, i, end, year, month, day, lastDay, out mention);
    }

    public static bool TryMonthAt(DateContext context, int i, out DateMention mention)
    {
        mention = null!;
        var text = context.Text;
        if (!MonthNames.TryMatch(text, i, out var month, out var monthEnd, out var bareAbbreviation))
            return false;
        int j = SkipSpaces(text, monthEnd);

        if (j < text.Length && IsDigit(text[j]) && (j > monthEnd || text[j - 1] == '.'))
        {
            if (YearNumbers.TryYearAt(text, j, out var year, out var yearEnd))
                return TryMonthYearRange(context, i, month, year, yearEnd, out mention) || Assign(DateMentionFactory.Month(i, yearEnd, year, month), out mention);
            if (YearNumbers.TrySmallNumberAt(text, j, out var day, out var p))
            {
                int lastDay = day;
                if (p + 1 < text.Length && IsDash(text[p]) && YearNumbers.TrySmallNumberAt(text, p + 1, out var secondDay, out var secondEnd)
                    && secondDay > day && YearNumbers.IsCleanNumberEnd(text, YearNumbers.SkipOrdinalSuffix(text, secondEnd)))
                {
                    lastDay = secondDay;
                    p = secondEnd;
                }
                p = YearNumbers.SkipOrdinalSuffix(text, p);
                if (!YearNumbers.IsCleanNumberEnd(text, p) || (p < text.Length && text[p] == '%'))
                    return false;
                int end = p;
                int? dayYear = null;
                int yearAt = SkipYearSeparator(text, p);
                if (YearNumbers.TryYearAt(text, yearAt, out var y, out var ye))
                {
                    dayYear = y;
                    end = ye;
                }
                return TryDays(context, i, end, dayYear, month, day, lastDay, out mention);
            }
        }

        // "December, 2018", "May of 2018", "December of last year"
        int k = SkipSpaces(text, monthEnd);
        if (k < text.Length && text[k] == ',' && YearNumbers.TryYearAt(text, SkipSpaces(text, k + 1), out var commaYear, out var commaEnd))
            return Assign(DateMentionFactory.Month(i, commaEnd, commaYear, month), out mention);
        if (MatchWord(text, k, "of") && YearReference.TryMatch(context, monthEnd, out var referenced, out var referenceEnd))
        {
            mention = referenced is int y
                ? DateMentionFactory.Month(i, referenceEnd, y, month)
                : DateMentionFactory.Unresolved(i, referenceEnd, text[i..referenceEnd]);
            return true;
        }

        if (TryMonthRange(context, i, month, monthEnd, out mention))
            return true;

        if (bareAbbreviation || !(WordBeforeIs(text, i, MonthContext) || IsAfterMid(text, i)))
            return false;
        mention = ResolveMonths(context, i, monthEnd, month, month);
        return true;
    }

    /// <summary>"January-July 2018", "January to July 2018", "between January and June", "January through March".</summary>
    private static bool TryMonthRange(DateContext context, int i, int fromMonth, int monthEnd, out DateMention mention)
    {
        mention = null!;
        var text = context.Text;
        int p = SkipSpaces(text, monthEnd);
        if (p >= text.Length)
            return false;
        if (IsDash(text[p]))
            p++;
        else if (MatchWord(text, p, "to", out var e) || MatchWord(text, p, "through", out e) || MatchWord(text, p, "till", out e)
                 || MatchWord(text, p, "until", out e) || (MatchWord(text, p, "and", out e) && WordBeforeIs(text, i, "between")))
            p = e;
        else
            return false;
        p = SkipSpaces(text, p);
        if (!MonthNames.TryMatch(text, p, out var toMonth, out var end, out _))
            return false;
        int yearAt = SkipYearSeparator(text, end);
        if (YearNumbers.TryYearAt(text, yearAt, out var year, out var yearEnd))
        {
            int fromYear = toMonth < fromMonth ? year - 1 : year;
            mention = DateMentionFactory.MonthRange(i, yearEnd, fromYear, fromMonth, year, toMonth);
            return true;
        }
        if (YearNumbers.TrySmallNumberAt(text, SkipSpaces(text, end), out _, out _) && SkipSpaces(text, end) > end)
            return false; // "December 28 - January 5": day ranges across months are not read
        mention = ResolveMonths(context, i, end, fromMonth, toMonth);
        return true;
    }

    /// <summary>"December 2017 - January 2018", "January 2017 to July 2018".</summary>
    private static bool TryMonthYearRange(DateContext context, int i, int fromMonth, int fromYear, int yearEnd, out DateMention mention)
    {
        mention = null!;
        var text = context.Text;
        int p = SkipSpaces(text, yearEnd);
        if (p >= text.Length)
            return false;
        if (IsDash(text[p]))
            p++;
        else if (MatchWord(text, p, "to", out var e) || MatchWord(text, p, "through", out e))
            p = e;
        else
            return false;
        p = SkipSpaces(text, p);
        if (!MonthNames.TryMatch(text, p, out var toMonth, out var toEnd, out _)
            || !YearNumbers.TryYearAt(text, SkipYearSeparator(text, toEnd), out var toYear, out var end)
            || (toYear, toMonth).CompareTo((fromYear, fromMonth)) <= 0)
            return false;
        mention = DateMentionFactory.MonthRange(i, end, fromYear, fromMonth, toYear, toMonth);
        return true;
    }

    /// <summary>"in 2018", "since 2014", "mid-2018", "2017-2018", "2017-18", "from 2015 to 2018", "2018 year".</summary>
    private static bool TryYearAt(DateContext context, int i, out DateMention mention)
    {
        mention = null!;
        var text = context.Text;
        if (!YearNumbers.TryYearAt(text, i, out var year, out var end))
            return false;

        bool glued = i > 0 && (char.IsLetter(text[i - 1]) || (IsDash(text[i - 1]) && !IsAfterMid(text, i)));
        if (glued || (i > 0 && text[i - 1] is '$' or '#' or '+' or '/' or '№'))
            return false; // "Bakutel-2018", "#2018", "$2018"

        // ranges
        int p = end;
        if (p + 1 < text.Length && IsDash(text[p]))
        {
            if (YearNumbers.TryYearAt(text, p + 1, out var toYear, out var toEnd) && toYear > year)
                return Assign(DateMentionFactory.YearRange(i, toEnd, year, toYear), out mention);
            if (YearNumbers.TrySmallNumberAt(text, p + 1, out var shortYear, out var shortEnd) && shortEnd - p - 1 == 2
                && YearNumbers.IsCleanNumberEnd(text, shortEnd))
            {
                int full = year / 100 * 100 + shortYear;
                if (full > year)
                    return Assign(DateMentionFactory.YearRange(i, shortEnd, year, full), out mention);
            }
        }
        bool from = WordBeforeIs(text, i, "from");
        bool between = WordBeforeIs(text, i, "between");
        if (from || between)
        {
            int q = SkipSpaces(text, end);
            if ((from && (MatchWord(text, q, "to", out var e) || MatchWord(text, q, "till", out e) || MatchWord(text, q, "until", out e)))
                || (between && MatchWord(text, q, "and", out e)))
            {
                if (YearNumbers.TryYearAt(text, SkipSpaces(text, e), out var toYear, out var toEnd) && toYear > year)
                    return Assign(DateMentionFactory.YearRange(i, toEnd, year, toYear), out mention);
            }
        }

        if (WordBeforeIs(text, i, YearContext) || IsAfterMid(text, i) || MatchWordAfterSpaces(text, end, "year", out _))
            return Assign(DateMentionFactory.Year(i, end, year), out mention);
        return false;
    }

    private static bool TryDays(DateContext context, int start, int end, int? year, int month, int day, int lastDay, out DateMention mention)
    {
        mention = null!;
        if (day < 1 || lastDay > 31 || month is < 1 or > 12)
            return false;
        int resolvedYear;
        if (year is int y)
        {
            resolvedYear = y;
        }
        else if (context.Published is DateOnly published)
        {
            if (!DateMentionFactory.IsValidDay(2000, month, lastDay)) // 2000 is a leap year: allows 29 February
                return false;
            resolvedYear = ImpliedYear.Nearest(published, month, day, month, lastDay);
        }
        else
        {
            if (!DateMentionFactory.IsValidDay(2000, month, lastDay))
                return false;
            mention = day == lastDay
                ? DateMentionFactory.YearlessDay(start, end, month, day)
                : DateMentionFactory.Unresolved(start, end, context.Text[start..end]);
            return true;
        }
        if (!DateMentionFactory.IsValidDay(resolvedYear, month, lastDay))
            return false;
        mention = day == lastDay
            ? DateMentionFactory.Day(start, end, new DateOnly(resolvedYear, month, day))
            : DateMentionFactory.DayRange(start, end, new DateOnly(resolvedYear, month, day), new DateOnly(resolvedYear, month, lastDay));
        return true;
    }

    private static DateMention ResolveMonths(DateContext context, int start, int end, int fromMonth, int toMonth)
    {
        if (context.Published is not DateOnly published)
            return DateMentionFactory.YearlessMonths(start, end, fromMonth, toMonth);
        int year = fromMonth == toMonth
            ? ImpliedYear.Nearest(published, fromMonth, 1, toMonth, 0)
            : ImpliedYear.LatestStarted(published, fromMonth);
        int toYear = toMonth < fromMonth ? year + 1 : year;
        return DateMentionFactory.MonthRange(start, end, year, fromMonth, toYear, toMonth);
    }

    /// <summary>Skips ", " or spaces between a day or month and its year.</summary>
    private static int SkipYearSeparator(string text, int i)
    {
        int j = SkipSpaces(text, i);
        if (j < text.Length && text[j] == ',')
            j = SkipSpaces(text, j + 1);
        return j;
    }

    /// <summary>"mid-2018", "mid-May".</summary>
    private static bool IsAfterMid(string text, int i)
        => i >= 4 && IsDash(text[i - 1]) && text.AsSpan(i - 4, 3).Equals("mid", StringComparison.OrdinalIgnoreCase)
           && (i == 4 || !char.IsLetter(text[i - 5]));

    private static bool Assign(DateMention value, out DateMention mention)
    {
        mention = value;
        return true;
    }
}
