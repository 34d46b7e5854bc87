using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// The trigger words of each event type ("met", "held talks" → Meeting; "signed", "memorandum" → Agreement …).
/// They label sentences of the open corpora weakly for training, are features of the classifier, and on their own
/// make the trigger-list baseline the classifier is measured against.
/// </summary>
public static partial class EventTriggerLexicon
{
    /// <summary>"turnover" of goods, not of cargo, freight, passengers, containers or transit (the lookbehind, which ends with the word, is tried only where the word is).</summary>
    internal const string GoodsTurnover = @"turnover(?<!\b(?:cargo|freight|passenger|container|transit)\sturnover)";

    public static IReadOnlyList<(string Type, Regex Trigger)> Triggers { get; } =
    [
        (EventTypes.Meeting, Meeting()),
        (EventTypes.Visit, Visit()),
        (EventTypes.Agreement, Agreement()),
        (EventTypes.Conference, Conference()),
        (EventTypes.Appointment, Appointment()),
        (EventTypes.Investment, Investment()),
        (EventTypes.Trade, Trade()),
        (EventTypes.Project, Project()),
        (EventTypes.Conflict, Conflict()),
        (EventTypes.Legal, Legal()),
    ];

    /// <summary>
    /// The sentence reports an investment statistic, not an act of investing: a total that "amounted to", "reached"
    /// or "exceeded" a sum, or what was "invested since 2005".
    /// </summary>
    public static bool IsInvestmentStatistic(string sentence) => InvestmentStatistic().IsMatch(sentence);

    /// <summary>The types whose triggers occur in <paramref name="sentence"/>.</summary>
    public static IReadOnlyList<string> TypesIn(string sentence) => [.. MatchesIn(sentence).Select(t => t.Type).Distinct()];

    /// <summary>The trigger words of one type found in <paramref name="sentence"/>, in text order (those of <see cref="MatchesIn(string)"/> with that type).</summary>
    public static IEnumerable<Match> MatchesIn(string sentence, string type) =>
        Triggers.Where(t => t.Type == type).SelectMany(t => t.Trigger.Matches(sentence).Where(m => !IsPartOfName(sentence, t.Type, m)));

    /// <summary>Each trigger word found in <paramref name="sentence"/>, with its type, in type order.</summary>
    public static IEnumerable<(string Type, Match Match)> MatchesIn(string sentence) =>
        Triggers.SelectMany(t => t.Trigger.Matches(sentence).Where(m => !IsPartOfName(sentence, t.Type, m)).Select(m => (t.Type, m)));

    /// <summary>
    /// A trade or investment word capitalised inside the sentence names a body, not an act: "Ministry of Investments
    /// and Foreign Trade", "Russian Direct Investment Fund", "Trade House". (Conference names are the events
    /// themselves, so "Investment Forum" still counts as a conference.)
    /// </summary>
    private static bool IsPartOfName(string sentence, string type, Match match)
    {
        if (type is not (EventTypes.Trade or EventTypes.Investment) || !char.IsUpper(sentence[match.Index])) return false;
        var before = sentence.AsSpan(0, match.Index).TrimEnd();
        return before.Length > 0 && char.IsLetterOrDigit(before[^1]) || before.EndsWith(",", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(?:met|meets|meet with|meeting (?:with|between)|held (?:a |bilateral )?(?:talks|meeting|negotiations)|talks (?:with|between)|negotiations (?:with|between)|received (?:the |a )?(?:delegation|ambassador|minister|president)|phone (?:call|conversation)|telephone (?:call|conversation)|spoke by (?:tele)?phone|(?:at|during|after) (?:a|the|their|his|her)(?: \w+)? meeting|exchanged views|courtesy call|discussed with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Meeting();

    [GeneratedRegex(@"\b(?:visit(?:s|ed|ing)?|trip to|working trip|arrived in|arrives in|tour(?:ed)? of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Visit();

    [GeneratedRegex(@"\b(?:signed|signs|signing|memorandum|memorandums|road ?map|protocol|accord|inked|initial(?:l)?ed|concluded (?:an? )?(?:agreement|contract|deal))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Agreement();

    [GeneratedRegex(@"\b(?:forum|conference(?<!\b(?:press|news|media|briefing)[ -]conference)|exhibition|summit|expo|congress|roadshow|symposium|session of the (?:\w+ )?commission|general assembly|annual meeting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conference();

    [GeneratedRegex(@"\b(?:appointed|appoints|appointing|appointments? of|reappointed|nominated|dismissed|relieved of|resigned|resigns|resignation|elected|sworn in|stepped down|steps down|sacked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Appointment();

    [GeneratedRegex(@"\b(?:invest(?:s|ed|ing|ment|ments)?|financ(?:e|ed|es|ing)|loans?|grants?|allocat(?:e|ed|es)|funded|aid|pledged|disburs(?:e|ed|es|ing|ement)|earmarked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Investment();

    [GeneratedRegex(@"\b(?:trade turnover|" + GoodsTurnover + @"|exports?|exported|imports?|imported|trade between|trade with|bilateral trade|foreign trade|external trade|trade (?:surplus|deficit|volume|balance))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trade();

    // The negative lookbehinds of "opened" and "launched" are checked after the word (they end with it): the same
    // condition, since the word has a fixed length, but tried only where the word is, not at every candidate position.
    [GeneratedRegex(@"\b(?:construction (?:of|work|began|started)|(?:began|started|launched|completed) (?:the )?construction|under construction|inaugurat(?:ed|es|ion)|opened(?<!\b(?:case|cases|proceedings|investigation|probe|inquiry)\s+(?:has been |have been |was |were |is |are )?opened)(?!\s+(?:an? |the )?(?:criminal |new )?(?:case|cases|proceedings|investigation|probe|inquiry|fire)\b)|opening ceremony|launched(?<!\b(?:case|proceedings|investigation|probe|inquiry|operation|offensive|campaign),?\s+(?:which was |that was |was |were |has been |had been )?launched)(?!\s+(?:an? |the )?(?:criminal |new |official |full-scale |joint |military |special |security )?(?:case|proceedings|investigation|probe|inquiry|attack|offensive|strikes?|campaign|operation)\b)|commission(?:ed|ing)|groundbreaking|foundation stone|laid the foundation|put into (?:operation|service)|went into operation|reconstruction|restoration|repair(?:s|ed|ing)?|rebuil(?:t|d|ding)|moderni[sz]ation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Project();

    // "war" but not a trade or price war; "struck" but not a deal struck; "strikes" only of arms (drone, missile, air …)
    [GeneratedRegex(@"\b(?:attack(?:s|ed)?|clash(?:es|ed)?|shell(?:ing|ed)|fired on|opened fire|ceasefire|bombing|bombard(?:ed|ment)|explosion|blast|airstrikes?|air strikes?|(?:drone|missile|rocket|artillery) (?:strikes?|attacks?)|drones?|missiles?|rockets?|struck(?!\s+(?:an? |the )?(?:deal|agreement|accord|balance|chord|note|tone|compromise|bargain|partnership))|fighting|gunfight|gunfire|militants?|insurgents?|kill(?:ed|ing)|wounded|casualties|ambush(?:ed)?|raids?|invasion|invaded|hostilities|offensive|gunmen|rebels?|shot dead|(?<!\b(?:trade|price|tariff|currency|bidding|culture|talent|words?)\s)wars?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conflict();

    [GeneratedRegex(@"\b(?:court|sentenced|convicted|arrested|arrests?|detained|charged with|sanctions?|banned|fined|investigation|verdict|indicted|guilty|trial|lawsuit|custody|in absentia|extradit(?:ed|ion)|prosecuted|prosecution)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Legal();

    [GeneratedRegex(@"\b(?:investments?|inflow of [\w ]{0,30}investment|FDI)\b[^.;]{0,60}?\b(?:amounted to|totall?ed|reached|have reached|has reached|exceeded|stood at)\b|\binvested\b[^.;]{0,80}?\bsince (?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex InvestmentStatistic();
}
