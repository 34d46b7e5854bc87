using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// The time zone a page writes its own times in, read from the first machine date that spells out an offset other
/// than UTC: a <c>&lt;time datetime="2025-12-18T19:05:00-08:00"&gt;</c> anywhere on the page (a comment's time tells
/// the site's zone as well as the article's does), then the JSON-LD dates, then the publication and update meta
/// tags. A date written in UTC ("Z", "+00:00") or with no offset says nothing about the zone; null when no date
/// gives one.
/// </summary>
public static partial class PageUtcOffset
{
    /// <summary>Time elements looked at: the offset is the site's, so the first few say it.</summary>
    private const int MaxTimes = 20;

    public static TimeSpan? Find(PageScan scan, MetaTags meta, JsonLdArticle? jsonLd, IEnumerable<string> metaKeys)
    {
        foreach (var time in scan.Times.Take(MaxTimes))
        {
            if (Of(time.GetAttributeValue("datetime", null)) is { } fromTime)
                return fromTime;
        }
        if ((Of(jsonLd?.DatePublished) ?? Of(jsonLd?.DateModified) ?? Of(jsonLd?.DateCreated)) is { } fromLd)
            return fromLd;
        foreach (var key in metaKeys)
        {
            if (Of(meta.Get(key)) is { } fromMeta)
                return fromMeta;
        }
        return null;
    }

    /// <summary>The offset a machine date spells out after its time of day ("…T19:05:00-08:00", "…T04:25:38+0500"), when it is not UTC.</summary>
    public static TimeSpan? Of(string? value)
    {
        if (string.IsNullOrEmpty(value) || ExplicitOffset().Match(value.Trim()) is not { Success: true } m)
            return null;
        var hours = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (hours > 14 || minutes > 59 || hours == 0 && minutes == 0)
            return null;
        var offset = new TimeSpan(hours, minutes, 0);
        return m.Groups["sign"].Value == "-" ? -offset : offset;
    }

    [GeneratedRegex(@"\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?<sign>[+-])(?<h>\d\d):?(?<m>\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitOffset();
}
