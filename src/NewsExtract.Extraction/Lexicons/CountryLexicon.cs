namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// Countries as agency copy names them: the short name analysts use ("Russia"), the long and official forms
/// ("Russian Federation", "Republic of Azerbaijan"), and the nationality adjectives and demonyms ("Russian",
/// "Azerbaijani", "Azerbaijanis"). Every form maps to the short name. Matching is case-sensitive on the written form
/// (country names are capitalised in copy), with an all-capitals fallback for datelines ("BAKU", "RUSSIA").
/// </summary>
public static class CountryLexicon
{
    // Short name | other names and long forms | adjectives and demonyms
    private static readonly string[] Table =
    [
        "Azerbaijan|Republic of Azerbaijan;Azerbaijan Republic|Azerbaijani;Azerbaijanis;Azeri;Azeris",
        "Russia|Russian Federation|Russian;Russians",
        "Turkey|Republic of Turkey;Turkiye;Türkiye;Republic of Turkiye;Republic of Türkiye|Turkish;Turks",
        "Georgia|Republic of Georgia|Georgian;Georgians",
        "Armenia|Republic of Armenia|Armenian;Armenians",
        "Iran|Islamic Republic of Iran|Iranian;Iranians",
        "Kazakhstan|Republic of Kazakhstan|Kazakh;Kazakhstani;Kazakhs;Kazakhstanis",
        "Uzbekistan|Republic of Uzbekistan|Uzbek;Uzbekistani;Uzbeks",
        "Turkmenistan||Turkmen",
        "Kyrgyzstan|Kyrgyz Republic|Kyrgyz",
        "Tajikistan|Republic of Tajikistan|Tajik;Tajiks",
        "Belarus|Republic of Belarus|Belarusian;Belarusians",
        "Ukraine||Ukrainian;Ukrainians",
        "Moldova|Republic of Moldova|Moldovan;Moldovans",
        "China|People's Republic of China;PRC|Chinese",
        "Japan||Japanese",
        "South Korea|Republic of Korea;Korea|South Korean;Korean;Koreans",
        "North Korea|Democratic People's Republic of Korea;DPRK|North Korean",
        "India|Republic of India|Indian;Indians",
        "Pakistan|Islamic Republic of Pakistan|Pakistani;Pakistanis",
        "Afghanistan|Islamic Republic of Afghanistan|Afghan;Afghans",
        "Iraq|Republic of Iraq|Iraqi;Iraqis",
        "Syria|Syrian Arab Republic|Syrian;Syrians",
        "Israel|State of Israel|Israeli;Israelis",
        "Palestine|State of Palestine|Palestinian;Palestinians",
        "Saudi Arabia|Kingdom of Saudi Arabia|Saudi;Saudis",
        "United Arab Emirates|UAE|Emirati;Emiratis",
        "Qatar|State of Qatar|Qatari",
        "Kuwait|State of Kuwait|Kuwaiti",
        "Oman|Sultanate of Oman|Omani",
        "Bahrain|Kingdom of Bahrain|Bahraini",
        "Jordan|Hashemite Kingdom of Jordan|Jordanian",
        "Lebanon|Lebanese Republic|Lebanese",
        "Egypt|Arab Republic of Egypt|Egyptian;Egyptians",
        "Libya||Libyan;Libyans",
        "Tunisia||Tunisian",
        "Algeria||Algerian",
        "Morocco|Kingdom of Morocco|Moroccan",
        "United States|United States of America;USA;US;U.S.;America|American;Americans",
        "United Kingdom|UK;U.K.;Britain;Great Britain|British",
        "France|French Republic|French",
        "Germany|Federal Republic of Germany|German;Germans",
        "Italy|Italian Republic|Italian;Italians",
        "Spain|Kingdom of Spain|Spanish",
        "Portugal||Portuguese",
        "Netherlands|Kingdom of the Netherlands;Holland|Dutch",
        "Belgium|Kingdom of Belgium|Belgian",
        "Switzerland|Swiss Confederation|Swiss",
        "Austria|Republic of Austria|Austrian",
        "Poland|Republic of Poland|Polish;Poles",
        "Czech Republic|Czechia|Czech",
        "Slovakia|Slovak Republic|Slovak",
        "Hungary||Hungarian",
        "Romania||Romanian",
        "Bulgaria|Republic of Bulgaria|Bulgarian",
        "Serbia|Republic of Serbia|Serbian;Serb;Serbs",
        "Croatia||Croatian",
        "Slovenia||Slovenian;Slovene",
        "Bosnia and Herzegovina|Bosnia|Bosnian",
        "Montenegro||Montenegrin",
        "North Macedonia|Macedonia|Macedonian",
        "Albania||Albanian",
        "Greece|Hellenic Republic|Greek;Greeks",
        "Cyprus|Republic of Cyprus|Cypriot",
        "Sweden|Kingdom of Sweden|Swedish",
        "Norway|Kingdom of Norway|Norwegian",
        "Finland||Finnish",
        "Denmark|Kingdom of Denmark|Danish",
        "Iceland||Icelandic",
        "Ireland|Republic of Ireland|Irish",
        "Luxembourg||Luxembourgish",
        "Estonia||Estonian",
        "Latvia||Latvian",
        "Lithuania||Lithuanian",
        "Canada||Canadian;Canadians",
        "Mexico||Mexican",
        "Brazil||Brazilian",
        "Argentina||Argentine;Argentinian",
        "Chile||Chilean",
        "Colombia||Colombian",
        "Venezuela||Venezuelan",
        "Cuba||Cuban",
        "Australia||Australian",
        "New Zealand||",
        "Indonesia||Indonesian",
        "Malaysia||Malaysian",
        "Singapore||Singaporean",
        "Vietnam|Viet Nam|Vietnamese",
        "Thailand||Thai",
        "Philippines||Philippine;Filipino",
        "Mongolia||Mongolian",
        "Bangladesh||Bangladeshi",
        "Sri Lanka||Sri Lankan",
        "Nepal||Nepalese",
        "Myanmar|Burma|Myanmar",
        "Nigeria||Nigerian",
        "South Africa||South African",
        "Ethiopia||Ethiopian",
        "Kenya||Kenyan",
        "Sudan||Sudanese",
        "Yemen||Yemeni",
        "Somalia||Somali",
    ];

    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> ByAdjective = new(StringComparer.Ordinal);
    private static readonly HashSet<string> ShortNames = new(StringComparer.Ordinal);

    static CountryLexicon()
    {
        foreach (var row in Table)
        {
            var parts = row.Split('|');
            var shortName = parts[0];
            ShortNames.Add(shortName);
            ByName[shortName] = shortName;
            foreach (var name in Split(parts[1])) ByName[name] = shortName;
            foreach (var adjective in Split(parts[2])) ByAdjective.TryAdd(adjective, shortName);
        }
    }

    /// <summary>The longest name form, in words; used by scanners to bound how far they look.</summary>
    public static int MaxNameWords { get; } = 6;

    /// <summary>All the names (short and long forms), for scanning text.</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>The short name for a country name or long form ("Russian Federation" → "Russia"), else null.</summary>
    public static string? ShortNameOf(string name)
    {
        name = Clean(name);
        if (ByName.TryGetValue(name, out var shortName)) return shortName;
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && ByName.TryGetValue(name[4..], out shortName)) return shortName;
        if (name.Length > 1 && IsAllCaps(name))
        {
            foreach (var (key, value) in ByName)
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return value;
        }
        return null;
    }

    /// <summary>The short name for a nationality adjective or demonym ("Azerbaijani" → "Azerbaijan"), else null.</summary>
    public static string? ShortNameOfAdjective(string word) =>
        ByAdjective.TryGetValue(Clean(word), out var shortName) ? shortName : null;

    /// <summary>The short name for a name, long form, possessive ("Russia's") or adjective; else null.</summary>
    public static string? ShortNameOfAny(string surface)
    {
        var cleaned = StripPossessive(Clean(surface));
        return ShortNameOf(cleaned) ?? ShortNameOfAdjective(cleaned);
    }

    public static bool IsShortName(string name) => ShortNames.Contains(name);

    /// <summary>Drops a trailing possessive ('s, ’s, s').</summary>
    public static string StripPossessive(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) return word[..^2];
        if (word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal)) return word[..^1];
        return word;
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsAllCaps(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static IEnumerable<string> Split(string cell) => cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
