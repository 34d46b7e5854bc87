namespace NewsExtract.Extraction.Text;

/// <summary>
/// The small closed word lists the tokenizer and the sentence splitter consult: abbreviations that keep their
/// period, titles that never end a sentence, month and weekday names (for ranges), currency codes that may be glued
/// to a number, top-level domains, and words that clearly begin a sentence. Every list is looked up with a span, so
/// lookups allocate nothing.
/// </summary>
internal static class TextLexicon
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];

    private static readonly string[] Weekdays =
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] MonthAbbreviations =
        ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"];

    /// <summary>Titles and reference words written before a name or number; they never end a sentence.</summary>
    private static readonly string[] Titles =
    [
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Prof", "Sen", "Rep", "Gov", "Capt", "Maj", "Sgt", "Adm",
        "Brig", "Cmdr", "Hon", "Rev", "Amb", "Pres", "No", "Nos", "Art", "Fig", "vs", "cf", "Eng", "Engr",
    ];

    /// <summary>Other abbreviations that keep their period; these may end a sentence.</summary>
    private static readonly string[] OtherAbbreviations =
    [
        "St", "Co", "Inc", "Ltd", "Corp", "Jr", "Sr", "etc", "Mt", "Ft", "Ave", "Blvd", "Rd", "Dept", "Univ", "Bros",
        "approx", "est", "vol", "al", "Ph",
    ];

    private static readonly string[] CurrencyCodes =
    [
        "AZN", "USD", "EUR", "RUB", "RUR", "GBP", "JPY", "CNY", "RMB", "TRY", "KZT", "UAH", "GEL", "IRR", "CHF",
        "AED", "SAR", "INR", "KRW", "BYN", "UZS", "AMD", "KGS", "TJS", "TMT", "CAD", "AUD", "QAR", "KWD", "PKR",
    ];

    private static readonly string[] TopLevelDomains =
    [
        "az", "com", "ru", "org", "net", "gov", "edu", "info", "int", "uk", "us", "eu", "io", "tr", "ir", "ge",
        "kz", "uz", "cn", "de", "fr", "by", "ua", "am", "kg", "tj", "tm", "news", "biz",
    ];

    /// <summary>Capitalised words that, after an abbreviation ending in a period, show a new sentence has begun.</summary>
    private static readonly string[] SentenceStarters =
    [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "There", "Here", "In", "On", "At", "As", "After", "Before", "During", "Since",
        "While", "When", "If", "Under", "For", "From", "With", "By", "According", "However", "But", "And", "Also",
        "Meanwhile", "Moreover", "Furthermore", "Besides", "Thus", "Therefore", "Earlier", "Later", "Last", "Next",
        "Today", "Yesterday", "Speaking", "Noting", "Some", "Many", "Most", "Other", "Such", "Both", "Each", "All",
        "Now", "Then", "Still", "Yet", "So", "Over", "Until", "Although", "Though", "What", "Which", "Who",
        "Why", "How", "Where", "One", "Two", "Three", "Despite", "Following", "Overall", "Currently", "Recently",
        "Previously", "Additionally", "Notably",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationSet =
        Lookup([.. Titles, .. OtherAbbreviations, .. MonthAbbreviations, .. Upper(MonthAbbreviations),
            .. Upper(["Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Prof", "St", "Co", "Inc", "Ltd", "Corp", "Jr"])]);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleSet =
        Lookup([.. Titles, .. Upper(["Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Prof"])]);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RangeNameSet =
        Lookup([.. Months, .. Weekdays, .. Upper(Months), .. Upper(Weekdays), .. MonthAbbreviations]);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyCodeSet = Lookup(CurrencyCodes);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomainSet =
        Lookup(TopLevelDomains, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarterSet =
        Lookup([.. SentenceStarters, .. Upper(SentenceStarters)]);

    /// <summary>An abbreviation (without its period) that the tokenizer keeps together with the period.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) => AbbreviationSet.Contains(word);

    /// <summary>A title or reference word (without its period), such as Mr, Gen or No, that never ends a sentence.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleSet.Contains(word);

    /// <summary>A month or weekday name: "January-June" is a range, so the hyphen is split off.</summary>
    public static bool IsRangeName(ReadOnlySpan<char> word) => RangeNameSet.Contains(word);

    /// <summary>An ISO currency code written in capitals, which may be glued to the amount ("AZN5.2mln").</summary>
    public static bool IsCurrencyCode(ReadOnlySpan<char> word) => CurrencyCodeSet.Contains(word);

    public static bool IsTopLevelDomain(ReadOnlySpan<char> word) => TopLevelDomainSet.Contains(word);

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => SentenceStarterSet.Contains(word);

    private static string[] Upper(string[] words) => Array.ConvertAll(words, w => w.ToUpperInvariant());

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(
        string[] words, StringComparer? comparer = null) =>
        new HashSet<string>(words, comparer ?? StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
