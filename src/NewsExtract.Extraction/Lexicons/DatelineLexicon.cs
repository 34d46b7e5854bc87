using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// Where a wire story comes from, read off its dateline: the city it opens with ("MOSCOW, November 21. /TASS/.",
/// "Baku, March 11, Report.az") and the agency that files it (TASS, Trend, Kazinform, UzA …; see
/// <see cref="NewsAgencyLexicon"/>), each mapped to the short name of its country. Agency copy names officials of its
/// own state without naming the state ("Deputy Minister of Finance X" in a Baku story), so this is the state such an
/// official serves.
/// </summary>
public static class DatelineLexicon
{
    /// <summary>The country of the city a dateline opens with ("MOSCOW, …", "Baku, …"), or null (from the world gazetteer).</summary>
    public static string? CountryOfCity(string city) => WorldGazetteer.LoadDefault().CountryOfCity(city.Trim())?.Name;

    /// <summary>
    /// The home country a dateline gives: its opening city, else an agency named in it
    /// ("/TASS/", "(UzA)", "/ Trend /", ", Report.az"), else null.
    /// </summary>
    public static string? CountryOf(string dateline)
    {
        int comma = dateline.IndexOfAny([',', '(', '/']);
        if (comma > 0 && CountryOfCity(dateline[..comma]) is { } fromCity) return fromCity;
        foreach (var token in dateline.Split([' ', '/', '(', ')', ',', '–', '—'], StringSplitOptions.RemoveEmptyEntries))
            if (NewsAgencyLexicon.CountryOf(token.TrimEnd('.')) is { } fromAgency) return fromAgency;
        return null;
    }
}
