namespace NewsExtract.Extraction.Numbers.Dates;

/// <summary>
/// Picks the year for a date written without one. A day or a single month ("Dec. 30", "in May") takes, of the
/// publication year and the years either side, the one that puts it nearest to the publication date (ties go to the
/// past). A multi-month period ("January-June", "the third quarter") is nearly always reported after it began, so it
/// takes the latest year in which it had begun by the publication date.
/// </summary>
internal static class ImpliedYear
{
    /// <summary>The latest year in which a period starting on (<paramref name="fromMonth"/>, day 1) had begun by <paramref name="published"/>.</summary>
    public static int LatestStarted(DateOnly published, int fromMonth)
        => fromMonth <= published.Month ? published.Year : published.Year - 1;

    /// <summary>
    /// The year of the start of a period running from (<paramref name="fromMonth"/>, <paramref name="fromDay"/>) to
    /// (<paramref name="toMonth"/>, <paramref name="toDay"/>; 0 = last day of the month), which wraps into the next
    /// year when it ends in an earlier month than it starts.
    /// </summary>
    public static int Nearest(DateOnly published, int fromMonth, int fromDay, int toMonth, int toDay)
    {
        int bestYear = published.Year;
        int bestDistance = int.MaxValue;
        for (int year = published.Year - 1; year <= published.Year + 1; year++)
        {
            if (!DateMentionFactory.IsValidDay(year, fromMonth, fromDay))
                continue;
            int toYear = toMonth < fromMonth ? year + 1 : year;
            int lastDay = toDay == 0 ? DateTime.DaysInMonth(toYear, toMonth) : Math.Min(toDay, DateTime.DaysInMonth(toYear, toMonth));
            var from = new DateOnly(year, fromMonth, fromDay);
            var to = new DateOnly(toYear, toMonth, lastDay);
            int distance = published < from ? from.DayNumber - published.DayNumber
                : published > to ? published.DayNumber - to.DayNumber : 0;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                bestYear = year;
            }
        }
        return bestYear;
    }
}
