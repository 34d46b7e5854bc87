using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Parses the date forms pages use: ISO 8601 (with or without time and offset), RFC 1123, Unix seconds, compact
/// <c>yyyyMMdd</c>, year-month-day with dashes, dots or slashes, numeric day-month-year (month first with slashes or dashes when it
/// can be a month) and month names in the languages of <see cref="MonthNameTable"/> ("30 December 2018", "30 de diciembre
/// de 2018", "30. Dezember 2018", "30-dic-2018"). Dates without an offset are taken as UTC.
/// </summary>
public static partial class DateParsing
{
    private static readonly string[] ExactFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyyMMdd", "yyyyMMddHHmmss", "r",
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss",
    ];

    /// <summary>Earliest and latest years accepted as publication dates.</summary>
    public const int MinYear = 1990, MaxYear = 2100;

    /// <summary>Parses a machine-written date (attribute or metadata value), or returns null.</summary>
    public static DateTimeOffset? ParseMachine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var s = value.Trim();
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(s, ExactFormats, CultureInfo.InvariantCulture, styles, out var exact))
            return Plausible(exact);
        if (s.Length is 10 or 13 && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
        {
            var seconds = s.Length == 13 ? unix / 1000 : unix;
            return Plausible(DateTimeOffset.FromUnixTimeSeconds(seconds));
        }
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, styles, out var loose))
            return Plausible(loose);
        return FindInText(s);
    }

    /// <summary>Finds the first date written for people in <paramref name="text"/> ("30 December 2018", "Dec. 30, 2018", "30.12.2018", "2018-12-30").</summary>
    public static DateTimeOffset? FindInText(string text)
    {
        // A word that is not a month can swallow one glued to it ("FoleyOct 28, 2024"): after a miss the search
        // starts again one character on, not after the whole match.
        for (var m = TextDate().Match(text); m.Success; m = TextDate().Match(text, m.Index + 1))
        {
            int year, month, day;
            if (m.Groups["iy"].Success)
            {
                year = int.Parse(m.Groups["iy"].Value, CultureInfo.InvariantCulture);
                month = int.Parse(m.Groups["im"].Value, CultureInfo.InvariantCulture);
                day = int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture);
            }
            else if (m.Groups["ny"].Success)
            {
                year = int.Parse(m.Groups["ny"].Value, CultureInfo.InvariantCulture);
                var a = int.Parse(m.Groups["na"].Value, CultureInfo.InvariantCulture);
                var b = int.Parse(m.Groups["nb"].Value, CultureInfo.InvariantCulture);
                // Dots mean day.month.year; slashes and dashes are month/day/year unless the first number cannot be a month.
                (day, month) = m.Groups["sep"].Value is "/" or "-" && a <= 12 ? (b, a) : (a, b);
            }
            else
            {
                var monthWord = m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value;
                if (!MonthNameTable.Months.TryGetValue(monthWord.TrimEnd('.').ToLowerInvariant(), out month))
                    continue;
                day = int.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
                year = int.Parse(m.Groups["y1"].Success ? m.Groups["y1"].Value : m.Groups["y2"].Value, CultureInfo.InvariantCulture);
            }
            var date = Make(year, month, day);
            if (date is not null)
                return date;
        }
        return null;
    }

    /// <summary>A UTC midnight date when the parts make a real, plausible date; otherwise null.</summary>
    public static DateTimeOffset? Make(int year, int month, int day)
    {
        if (year < MinYear || year > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
    }

    private static DateTimeOffset? Plausible(DateTimeOffset d) => d.Year is >= MinYear and <= MaxYear ? d : null;

    [GeneratedRegex(
        @"(?<![\d])(?:(?<iy>(?:19|20)\d\d)(?<isep>[-./])(?<im>[01]?\d)\k<isep>(?<id>[0-3]?\d)(?!\d)"
        + @"|(?<na>[0-3]?\d)(?<sep>[./-])(?<nb>[0-3]?\d)\k<sep>(?<ny>(?:19|20)\d\d)(?!\d)"
        + @"|(?<d1>[0-3]?\d)(?:st|nd|rd|th|\.)?(?:\s+(?:of|de)\s+|\s+|-)(?<m1>\p{L}{3,10}\.?)(?:,?\s+(?:del?\s+)?|-)(?<y1>(?:19|20)\d\d)(?!\d)"
        + @"|(?<m2>\p{L}{3,9}\.?)\s+(?<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y2>(?:19|20)\d\d)(?!\d))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TextDate();
}
