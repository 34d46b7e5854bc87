namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// The words that make up the titles of office holders in agency copy: heads ("minister", "ambassador", "CEO"),
/// modifiers that stay in the title ("deputy", "first", "acting", "former", "ex-"), and the words that name bodies
/// ("ministry", "committee", "bank") so a title's organisation can be read off it. Lookups ignore case.
/// </summary>
public static class TitleLexicon
{
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "minister", "ministers", "ambassador", "president", "vice-president", "chairman", "chairwoman", "chairperson",
        "chair", "ceo", "head", "governor", "vice-governor", "mayor", "spokesperson", "spokesman", "spokeswoman",
        "envoy", "secretary", "secretary-general", "director", "director-general", "premier", "commissioner",
        "commander", "chief", "ombudsman", "speaker", "judge", "prosecutor", "prosecutor-general", "consul",
        "consul-general", "chancellor", "king", "emir", "sultan", "rector", "khokim", "hokim", "akim", "senator",
        "mp", "adviser", "advisor", "aide", "representative", "attaché", "attache", "chargé", "charge", "founder",
        "owner", "vice-chairman", "vice-chairwoman", "vice-premier", "co-chairman", "co-chair", "manager", "leader",
        "coordinator", "deputy", "cfo", "coo", "cto", "attorney", "general", "officer", "executive", "minister-counselor",
        "counsellor", "counselor", "member", "auditor", "inspector", "superintendent", "administrator",
        "amir", "co-owner", "co-founder",
    };

    /// <summary>Heads that name an office on their own (not "general", "member", "executive", which need more).</summary>
    private static readonly HashSet<string> StrongHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "minister", "ambassador", "president", "vice-president", "chairman", "chairwoman", "chairperson", "ceo",
        "head", "governor", "vice-governor", "mayor", "spokesperson", "spokesman", "spokeswoman", "envoy",
        "secretary", "secretary-general", "director", "director-general", "premier", "commissioner", "commander",
        "ombudsman", "speaker", "judge", "prosecutor", "prosecutor-general", "consul", "consul-general", "chancellor",
        "king", "emir", "sultan", "rector", "khokim", "hokim", "akim", "senator", "mp", "adviser", "advisor",
        "representative", "vice-chairman", "vice-chairwoman", "vice-premier", "co-chairman", "co-chair", "cfo",
        "coo", "cto", "chief", "deputy", "aide", "attaché", "attache", "chargé", "founder", "manager", "leader",
        "minister-counselor", "counsellor", "counselor", "auditor", "amir", "owner", "co-owner", "co-founder",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "deputy", "first", "acting", "former", "vice", "interim", "executive", "senior", "chief", "prime", "foreign",
        "outgoing", "newly-appointed", "newly", "appointed", "permanent", "special", "general", "managing",
        "extraordinary", "plenipotentiary", "honorary", "state", "presidential", "co", "nominee", "designate",
    };

    private static readonly HashSet<string> BodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "committee", "agency", "service", "fund", "council", "court", "commission", "company", "bank",
        "corporation", "group", "administration", "authority", "office", "department", "parliament", "assembly",
        "union", "organization", "organisation", "association", "chamber", "railways", "airlines", "university",
        "institute", "centre", "center", "inspection", "holding", "delegation", "board", "cabinet", "embassy",
        "mission", "government", "party", "federation", "exchange", "port", "directorate", "inspectorate",
        "secretariat", "police", "guard", "forces", "army", "navy", "customs", "tribunal", "procuracy", "majlis",
        "milli", "duma", "senate", "municipality", "executive", "region", "province", "city", "oblast", "railway",
        "district", "regiment", "brigade", "division",
    };

    /// <summary>Words that name a portfolio or field in titles ("Minister of Economy", "Energy Minister").</summary>
    private static readonly HashSet<string> PortfolioWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "economy", "economic", "transport", "finance", "finances", "energy", "affairs", "development", "agriculture",
        "health", "education", "defense", "defence", "justice", "culture", "communications", "communication",
        "technologies", "technology", "industry", "trade", "ecology", "environment", "resources", "emergency",
        "situations", "labour", "labor", "sports", "sport", "youth", "tourism", "taxes", "internal", "interior",
        "digital", "information", "science", "innovation", "innovations", "investment", "investments", "security",
        "construction", "infrastructure", "housing", "social", "protection", "population", "natural", "mass",
        "media", "foreign", "domestic", "high", "post", "telecommunications", "relations", "policy", "budget",
        "board", "management", "supervisory", "directors", "operations", "integration", "water", "railway", "mine", "mines",
    };

    /// <summary>Words inside a title that are not capitalised but keep the title going ("of", "the", "and").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "to", "on", "in", "at", "&",
    };

    /// <summary>Military and police ranks written between a title and the name ("…, Colonel Rovshan Alakbarli").</summary>
    private static readonly HashSet<string> Ranks = new(StringComparer.Ordinal)
    {
        "General", "Lieutenant", "Colonel", "Major", "Brigadier", "Captain", "Admiral", "Sergeant", "Lieutenant-General",
        "Major-General", "Colonel-General", "Rear",
    };

    /// <summary>True for a capitalised military or police rank ("Colonel", "Brigadier General").</summary>
    public static bool IsRank(string word) => Ranks.Contains(word);

    /// <summary>True for a head word, including hyphenated forms of one ("ex-minister", "vice-premier").</summary>
    public static bool IsHead(string word) => Heads.Contains(word) || (StripExPrefix(word) is { } rest && Heads.Contains(rest));

    /// <summary>True for a head word that makes a title on its own.</summary>
    public static bool IsStrongHead(string word) => StrongHeads.Contains(word) || (StripExPrefix(word) is { } rest && StrongHeads.Contains(rest));

    public static bool IsModifier(string word) => Modifiers.Contains(word) || word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase);

    /// <summary>A word a title may start with: a modifier or a head.</summary>
    public static bool IsTitleStart(string word) => IsHead(word) || IsModifier(word);

    public static bool IsBodyWord(string word) => BodyWords.Contains(word);

    public static bool IsPortfolioWord(string word) => PortfolioWords.Contains(word);

    /// <summary>True for any word a title or body name is made of (head, modifier, body, portfolio).</summary>
    public static bool IsTitleVocabulary(string word) =>
        IsHead(word) || IsModifier(word) || IsBodyWord(word) || IsPortfolioWord(word);

    public static bool IsConnector(string word) => Connectors.Contains(word);

    /// <summary>"ex-minister" → "minister"; null when the word has no "ex-" prefix.</summary>
    public static string? StripExPrefix(string word) =>
        word.Length > 3 && word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) ? word[3..] : null;

    /// <summary>The head words of nominal references ("the minister", "the ambassador") that may point to an official.</summary>
    public static IReadOnlyCollection<string> NominalHeads { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "minister", "ambassador", "president", "chairman", "chairwoman", "governor", "mayor", "envoy", "premier",
        "prime minister", "deputy minister", "deputy prime minister", "vice-president", "vice president", "ceo",
        "director", "director general", "director-general", "head", "spokesperson", "spokesman", "spokeswoman",
        "judge", "prosecutor", "khokim", "hokim", "akim", "secretary", "secretary general", "secretary-general",
        "commissioner", "consul", "speaker", "rector", "chief",
    };
}
