using System.Text.RegularExpressions;

namespace NewsExtract.Extraction.Numbers.Context;

/// <summary>
/// The words that say what an amount measures, by measure name (the record's vocabulary: trade turnover, exports,
/// imports, investment, loan, grant, budget, contract value, fine, price, revenue, other).
/// </summary>
public static partial class MoneyMeasures
{
    public const string Other = "other";

    public static IReadOnlyList<(string Measure, Regex Cue)> Cues { get; } =
    [
        ("trade turnover", TradeTurnover()),
        ("exports", Exports()),
        ("imports", Imports()),
        ("loan", Loan()),
        ("grant", Grant()),
        ("investment", Investment()),
        ("budget", Budget()),
        ("contract value", Contract()),
        ("fine", Fine()),
        ("price", Price()),
        ("revenue", Revenue()),
        (Other, OtherCue()),
    ];

    [GeneratedRegex(@"\b(?:trade turnover|turnover|trade (?:between|with|volume|exchange)|volume of trade|bilateral trade|foreign trade|mutual trade|trade reached|trade amounted|trade totaled|trade totalled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeTurnover();

    [GeneratedRegex(@"\bexport(?:s|ed|ing|er|ers)?\b|\bshipments?\b|\bsold abroad\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exports();

    [GeneratedRegex(@"\bimport(?:s|ed|ing|er|ers)?\b|\bpurchases? from\b", RegexOptions.IgnoreCase)]
    private static partial Regex Imports();

    [GeneratedRegex(@"\b(?:loans?|credit lines?|credits?|lend(?:s|ing)?|lent|borrow(?:s|ed|ing)?|bonds?|eurobonds?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Loan();

    [GeneratedRegex(@"\bgrants?\b|\bdonat(?:e|ed|es|ion|ions)\b|\bhumanitarian aid\b", RegexOptions.IgnoreCase)]
    private static partial Regex Grant();

    [GeneratedRegex(@"\b(?:invest\w*|financ(?:e|ed|es|ing)|co-financ\w*|funding|funded|fund|capital expenditure|project cost|cost of the project|to build|construction of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Investment();

    [GeneratedRegex(@"\b(?:budget\w*|allocat\w*|earmark\w*|appropriat\w*|state program\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Budget();

    [GeneratedRegex(@"\b(?:contracts?|deals?|agreements? worth|tenders?|orders? worth|procurement)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contract();

    [GeneratedRegex(@"\b(?:fined?|fines|penalt(?:y|ies)|compensation|confiscat\w*|bail)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fine();

    [GeneratedRegex(@"\b(?:prices?|priced|costs?|costing|tariffs?|per (?:barrel|ton|tonne|kilogram|kg|square met(?:er|re)|cubic met(?:er|re)|unit|liter|litre))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Price();

    [GeneratedRegex(@"\b(?:revenues?|sales|income|earnings|proceeds|turnover of the company)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Revenue();

    [GeneratedRegex(@"\b(?:profits?|losses|loss|damages?|capital(?:ization|isation)?|market value|balance|reserves|assets|debts?|salar(?:y|ies)|wages?|spending|spent|stolen|embezzl\w*|bribes?|worth of damage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCue();
}
