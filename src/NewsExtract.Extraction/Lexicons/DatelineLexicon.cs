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
    private static readonly Dictionary<string, string> Cities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Baku"] = "Azerbaijan", ["Ganja"] = "Azerbaijan", ["Sumgait"] = "Azerbaijan", ["Nakhchivan"] = "Azerbaijan",
        ["Moscow"] = "Russia", ["St. Petersburg"] = "Russia", ["Saint Petersburg"] = "Russia", ["Kazan"] = "Russia",
        ["Sochi"] = "Russia", ["Vladivostok"] = "Russia", ["Khabarovsk"] = "Russia", ["Omsk"] = "Russia",
        ["Astana"] = "Kazakhstan", ["Nur-Sultan"] = "Kazakhstan", ["Almaty"] = "Kazakhstan", ["Aktau"] = "Kazakhstan",
        ["Shymkent"] = "Kazakhstan", ["Tashkent"] = "Uzbekistan", ["Samarkand"] = "Uzbekistan", ["Bukhara"] = "Uzbekistan",
        ["Urgench"] = "Uzbekistan", ["Namangan"] = "Uzbekistan", ["Tbilisi"] = "Georgia", ["Batumi"] = "Georgia",
        ["Kutaisi"] = "Georgia", ["Poti"] = "Georgia", ["Bishkek"] = "Kyrgyzstan", ["Osh"] = "Kyrgyzstan",
        ["Dushanbe"] = "Tajikistan", ["Ashgabat"] = "Turkmenistan", ["Turkmenbashi"] = "Turkmenistan",
        ["Tehran"] = "Iran", ["Tabriz"] = "Iran", ["Mashhad"] = "Iran", ["Zahedan"] = "Iran", ["Ankara"] = "Turkey",
        ["Istanbul"] = "Turkey", ["Izmir"] = "Turkey", ["Kars"] = "Turkey", ["Igdir"] = "Turkey", ["Beijing"] = "China",
        ["Shanghai"] = "China", ["Urumqi"] = "China", ["Kabul"] = "Afghanistan", ["Yerevan"] = "Armenia",
        ["Minsk"] = "Belarus", ["Kyiv"] = "Ukraine", ["Kiev"] = "Ukraine", ["Chisinau"] = "Moldova",
        ["Islamabad"] = "Pakistan", ["New Delhi"] = "India", ["Mogadishu"] = "Somalia", ["Washington"] = "United States",
        ["London"] = "United Kingdom", ["Paris"] = "France", ["Berlin"] = "Germany", ["Brussels"] = "Belgium",
    };

    /// <summary>The country of the city a dateline opens with ("MOSCOW, …", "Baku, …"), or null.</summary>
    public static string? CountryOfCity(string city) => Cities.GetValueOrDefault(city.Trim());

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
