using System.Globalization;
using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Numbers.Dates;

/// <summary>
/// Builds <see cref="DateMention"/>s with their ISO 8601 value at the precision written: "2018-12-30", "2018-12",
/// "2018", intervals "2018-01/2018-06", ISO weeks "2018-W50"; and year-less or unresolved ones with From/To null.
/// </summary>
internal static class DateMentionFactory
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static DateMention Day(int start, int end, DateOnly day)
        => new(start, end, DayValue(day), day, day);

    public static DateMention DayRange(int start, int end, DateOnly from, DateOnly to)
        => new(start, end, DayValue(from) + "/" + DayValue(to), from, to);

    public static DateMention Month(int start, int end, int year, int month)
        => new(start, end, MonthValue(year, month), FirstDay(year, month), LastDay(year, month));

    /// <summary>Months [fromYear-fromMonth, toYear-toMonth]; one month collapses to "2018-12".</summary>
    public static DateMention MonthRange(int start, int end, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        if (fromYear == toYear && fromMonth == toMonth)
            return Month(start, end, fromYear, fromMonth);
        return new(start, end, MonthValue(fromYear, fromMonth) + "/" + MonthValue(toYear, toMonth),
            FirstDay(fromYear, fromMonth), LastDay(toYear, toMonth));
    }

    public static DateMention Year(int start, int end, int year)
        => new(start, end, year.ToString("0000", Invariant), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static DateMention YearRange(int start, int end, int fromYear, int toYear)
        => new(start, end, fromYear.ToString("0000", Invariant) + "/" + toYear.ToString("0000", Invariant),
            new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 12, 31));

    /// <summary>The ISO week (Monday to Sunday) that contains <paramref name="day"/>.</summary>
    public static DateMention Week(int start, int end, DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var asDateTime = day.ToDateTime(TimeOnly.MinValue);
        var value = string.Create(Invariant, $"{ISOWeek.GetYear(asDateTime):0000}-W{ISOWeek.GetWeekOfYear(asDateTime):00}");
        return new(start, end, value, monday, monday.AddDays(6));
    }

    /// <summary>Something recognised as a date that cannot be placed in time: <paramref name="value"/> as given.</summary>
    public static DateMention Unresolved(int start, int end, string value) => new(start, end, value, null, null);

    /// <summary>A day without a year and no publication date: "--12-30" (ISO 8601 year-less form).</summary>
    public static DateMention YearlessDay(int start, int end, int month, int day)
        => Unresolved(start, end, string.Create(Invariant, $"--{month:00}-{day:00}"));

    public static DateMention YearlessMonths(int start, int end, int fromMonth, int toMonth)
        => Unresolved(start, end, fromMonth == toMonth
            ? string.Create(Invariant, $"--{fromMonth:00}")
            : string.Create(Invariant, $"--{fromMonth:00}/--{toMonth:00}"));

    public static bool IsValidDay(int year, int month, int day)
        => year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static DateOnly FirstDay(int year, int month) => new(year, month, 1);

    public static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static string DayValue(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant);

    private static string MonthValue(int year, int month) => string.Create(Invariant, $"{year:0000}-{month:00}");
}
