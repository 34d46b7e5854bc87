using NewsExtract.Core.Documents;
using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Dates;

/// <summary>
/// Dates relative to publication: "today", "yesterday", "tomorrow"; "last/this/next" + week, month, quarter, year or
/// a weekday; and a weekday alone ("on Thursday"): the latest such day on or before publication, or the next one on
/// or after it when the sentence speaks of the future ("will", "scheduled"…). Without a publication date they are
/// kept with their text as value and no From/To.
/// </summary>
internal static class RelativeDatePatterns
{
    private static readonly string[] FutureWords = ["will", "shall", "scheduled", "expected", "due", "planned", "upcoming", "plans"];

    public static bool TryRelativeAt(DateContext context, int i, out DateMention mention)
    {
        mention = null!;
        var text = context.Text;
        int e = LettersEnd(text, i);
        if (!IsWordEnd(text, e))
            return false;
        var word = text.AsSpan(i, e - i);

        int dayOffset = word.Equals("today", StringComparison.OrdinalIgnoreCase) ? 0
            : word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1
            : word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1
            : int.MinValue;
        if (dayOffset != int.MinValue)
        {
            mention = context.Published is DateOnly published
                ? DateMentionFactory.Day(i, e, published.AddDays(dayOffset))
                : DateMentionFactory.Unresolved(i, e, text[i..e]);
            return true;
        }

        int offset;
        if (word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("previous", StringComparison.OrdinalIgnoreCase))
            offset = -1;
        else if (word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("current", StringComparison.OrdinalIgnoreCase))
            offset = 0;
        else if (word.Equals("next", StringComparison.OrdinalIgnoreCase) || word.Equals("coming", StringComparison.OrdinalIgnoreCase))
            offset = 1;
        else
            return false;

        int j = SkipSpaces(text, e);
        if (WeekdayNames.TryMatch(text, j, out var weekday, out var weekdayEnd))
        {
            mention = context.Published is DateOnly published
                ? DateMentionFactory.Day(i, weekdayEnd, RelativeWeekday(published, weekday, offset))
                : DateMentionFactory.Unresolved(i, weekdayEnd, text[i..weekdayEnd]);
            return true;
        }

        int unitEnd;
        char unit;
        if (MatchWord(text, j, "year", out unitEnd)) unit = 'y';
        else if (MatchWord(text, j, "month", out unitEnd)) unit = 'm';
        else if (MatchWord(text, j, "week", out unitEnd)) unit = 'w';
        else if (MatchWord(text, j, "quarter", out unitEnd)) unit = 'q';
        else return false;

        if (context.Published is not DateOnly pub)
        {
            mention = DateMentionFactory.Unresolved(i, unitEnd, text[i..unitEnd]);
            return true;
        }
        switch (unit)
        {
            case 'y':
                mention = DateMentionFactory.Year(i, unitEnd, pub.Year + offset);
                break;
            case 'm':
                var month = pub.AddMonths(offset);
                mention = DateMentionFactory.Month(i, unitEnd, month.Year, month.Month);
                break;
            case 'w':
                mention = DateMentionFactory.Week(i, unitEnd, pub.AddDays(7 * offset));
                break;
            default:
                var quarterStart = new DateOnly(pub.Year, (pub.Month - 1) / 3 * 3 + 1, 1).AddMonths(3 * offset);
                var quarterEnd = quarterStart.AddMonths(2);
                mention = DateMentionFactory.MonthRange(i, unitEnd, quarterStart.Year, quarterStart.Month, quarterEnd.Year, quarterEnd.Month);
                break;
        }
        return true;
    }

    /// <summary>"Thursday", "on Thursday", "Monday, December 30" (the full date wins).</summary>
    public static bool TryWeekdayAt(DateContext context, int i, out DateMention mention)
    {
        mention = null!;
        var text = context.Text;
        if (!WeekdayNames.TryMatch(text, i, out var weekday, out var end))
            return false;

        int j = end < text.Length && text[end] == ',' ? end + 1 : end;
        j = SkipSpaces(text, j);
        if (j > end && (AbsoluteDatePatterns.TryMonthAt(context, j, out var full) || AbsoluteDatePatterns.TryNumericAt(context, j, out full))
            && full.From is not null && full.From == full.To)
        {
            mention = full with { Start = i };
            return true;
        }

        if (context.Published is not DateOnly published)
        {
            mention = DateMentionFactory.Unresolved(i, end, text[i..end]);
            return true;
        }
        int back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        var day = SentenceSpeaksOfFuture(text, i)
            ? published.AddDays((7 - back) % 7)
            : published.AddDays(-back);
        mention = DateMentionFactory.Day(i, end, day);
        return true;
    }

    /// <summary>last → the one strictly before; next → strictly after; this → the one in the same ISO week.</summary>
    private static DateOnly RelativeWeekday(DateOnly published, DayOfWeek weekday, int offset)
    {
        int back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        if (offset < 0)
            return published.AddDays(back == 0 ? -7 : -back);
        if (offset > 0)
        {
            int forward = (7 - back) % 7;
            return published.AddDays(forward == 0 ? 7 : forward);
        }
        var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7));
        return monday.AddDays(((int)weekday + 6) % 7);
    }

    /// <summary>True when a word such as "will" comes earlier in the same sentence.</summary>
    private static bool SentenceSpeaksOfFuture(string text, int i)
    {
        int limit = Math.Max(0, i - 300);
        for (int k = i - 1; k >= limit; k--)
        {
            char c = text[k];
            if (c is '.' or '!' or '?' or '\n')
                return false;
            if (char.IsLetter(c) && IsWordStart(text, k))
            {
                foreach (var word in FutureWords)
                {
                    if (MatchWord(text, k, word))
                        return true;
                }
            }
        }
        return false;
    }
}
