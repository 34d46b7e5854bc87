using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsExtract.Ingestion.Feeds;

/// <summary>Parses the dates feeds and sitemaps carry: RFC 822 (<c>Tue, 05 Mar 2019 10:00:00 +0300</c>, named zones) and ISO 8601.</summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["MSK"] = "+03:00", ["AZT"] = "+04:00", ["CET"] = "+01:00", ["CEST"] = "+02:00",
    };

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
            return iso;
        value = DayName().Replace(value, "");
        value = NumericZone().Replace(value, m => $" {m.Groups[1].Value}{m.Groups[2].Value}:{m.Groups[3].Value}");
        value = NamedZone().Replace(value, m => Zones.TryGetValue(m.Groups[1].Value, out var offset) ? " " + offset : m.Value);
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var rfc) ? rfc : null;
    }

    [GeneratedRegex(@"^\s*[A-Za-z]{3,9},\s*")]
    private static partial Regex DayName();

    [GeneratedRegex(@"\s([+-])(\d\d)(\d\d)$")]
    private static partial Regex NumericZone();

    [GeneratedRegex(@"\s([A-Za-z]{1,4})$")]
    private static partial Regex NamedZone();
}
