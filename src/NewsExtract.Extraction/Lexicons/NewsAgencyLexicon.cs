namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// News agencies and the state each reports from. Their names are organisations wherever they stand in copy
/// (<see cref="IsAgencyName"/>); a few credits that are also everyday words or short codes ("Trend", "AA") count only
/// where a dateline gives them (<see cref="CountryOf"/>).
/// </summary>
public static class NewsAgencyLexicon
{
    /// <summary>Agency names, each with its home country (null for international agencies).</summary>
    private static readonly Dictionary<string, string?> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AZERTAC"] = "Azerbaijan", ["APA"] = "Azerbaijan", ["TASS"] = "Russia", ["Interfax"] = "Russia",
        ["Sputnik"] = "Russia", ["Xinhua"] = "China", ["Anadolu"] = "Turkey", ["Kazinform"] = "Kazakhstan",
        ["IRNA"] = "Iran", ["UzA"] = "Uzbekistan", ["Kabar"] = "Kyrgyzstan", ["Yonhap"] = "South Korea",
        ["Kyodo"] = "Japan", ["BelTA"] = "Belarus", ["Armenpress"] = "Armenia", ["Interpressnews"] = "Georgia",
        ["Turkmenportal"] = "Turkmenistan", ["Reuters"] = null, ["AFP"] = null,
    };

    /// <summary>Credits read only in datelines ("/ Trend /", "ANKARA (AA) –", ", Report.az"), with their home country.</summary>
    private static readonly Dictionary<string, string> DatelineCredits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Trend"] = "Azerbaijan", ["Report.az"] = "Azerbaijan", ["AA"] = "Turkey", ["Agenda.ge"] = "Georgia",
    };

    /// <summary>The word names a news agency (an organisation that reports events and never takes part in them).</summary>
    public static bool IsAgencyName(string word) => Agencies.ContainsKey(word);

    /// <summary>The home country of the agency a dateline credits ("TASS" → Russia, "Trend" → Azerbaijan), or null.</summary>
    public static string? CountryOf(string credit) =>
        Agencies.TryGetValue(credit, out var country) ? country : DatelineCredits.GetValueOrDefault(credit);
}
