using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// What a sentence must have, or must not be, to report an event of a type, whatever the classifier says. These are
/// definitions, not statistics, so they are rules: a trade figure is a flow of goods between countries, so a Trade
/// sentence names one ("exports", "turnover", "sold", "supplied", "purchases" …) — freight carried, transit, GDP or
/// an envoy's posting "to" a country are not trade; and it states a figure — an amount, a share, a volume, "doubled",
/// "by a quarter" — so partners merely named ("X, Y and Z are its main export destinations", "should improve
/// economic-trade cooperation") get no trade event; a total invested or convicted over a period is a figure the
/// article cites, not an investment or a court case it reports.
/// </summary>
public static partial class EventVetoes
{
    /// <summary>True when <paramref name="sentence"/> cannot report an event of <paramref name="type"/>.</summary>
    public static bool Vetoes(string type, string sentence) => type switch
    {
        EventTypes.Trade => !TradeFlow().IsMatch(sentence) || !StatesFigure(EventFeatureText.WithoutDateline(sentence)),
        EventTypes.Investment => EventTriggerLexicon.IsInvestmentStatistic(sentence),
        EventTypes.Legal => LegalStatistic().IsMatch(sentence),
        _ => false,
    };

    /// <summary>A number that is not a year or a day of a month, or a figure in words ("a quarter", "doubled").</summary>
    private static bool StatesFigure(string sentence) => Figure().IsMatch(sentence);

    [GeneratedRegex(@"(?<![\d.,])(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)(?!(?:19|20)\d\d(?![\d.,]*\d))\d|\b(?:half|quarter|third|doubled|tripled|halved|twice|(?:two|three|four|five)fold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(?:trad(?:e|ed|ing)|exports?|exported|imports?|imported|" + EventTriggerLexicon.GoodsTurnover + @"|commerce|goods exchange|commodity flows?|sold|sells?|sales|bought|buys?|purchas(?:e|es|ed)|shipped|shipments?|suppl(?:y|ied|ies)|deliver(?:ed|ies)|went to|entering|entered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeFlow();

    [GeneratedRegex(@"\b\d[\d,.]*(?:\s+[\w-]+){0,3}?\s+(?:were|have been|had been|was)\s+(?:convicted|detained|arrested|sentenced|fined|prosecuted|charged|brought to justice)\b[^.;]{0,80}?\b(?:in (?:19|20)\d{2}|last year|this year|since|over the (?:past|last)|during the (?:year|period)|in the first)", RegexOptions.IgnoreCase)]
    private static partial Regex LegalStatistic();
}
