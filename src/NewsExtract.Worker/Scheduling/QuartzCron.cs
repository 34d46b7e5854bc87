using System.Text.RegularExpressions;

namespace NewsExtract.Worker.Scheduling;

/// <summary>
/// A five-field cron expression (minute hour day-of-month month day-of-week, as the settings take it) in Quartz.NET's
/// form: a seconds field first, <c>?</c> in whichever day field is unrestricted, and day-of-week numbers (0 or 7 =
/// Sunday) as names, since Quartz counts Sunday as 1.
/// </summary>
public static partial class QuartzCron
{
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static string FromFiveFields(string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5) throw new FormatException($"'{cron}' is not a five-field cron expression");
        var (minute, hour, dayOfMonth, month, dayOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4]);
        if (dayOfWeek == "*") dayOfWeek = "?";
        else
        {
            dayOfWeek = DayNumber().Replace(dayOfWeek, m => Days[int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) % 7]);
            if (dayOfMonth == "*") dayOfMonth = "?";
        }
        return $"0 {minute} {hour} {dayOfMonth} {month} {dayOfWeek}";
    }

    // Day numbers, not step values after a slash ("*/2" keeps its 2).
    [GeneratedRegex(@"(?<!/)\b[0-7]\b")]
    private static partial Regex DayNumber();
}
