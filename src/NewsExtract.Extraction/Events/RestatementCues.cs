using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// The words by which wire copy tells a restatement from a new happening. A definite or demonstrative noun phrase
/// naming the kind of happening ("The probe, opened last spring, showed …", "This plant will supply …", "The
/// penalties also apply to …", "… visitors queued at the fair") points back to one already told;
/// "Separately", "In another incident", "Elsewhere" open a new one. A sentence whose subject is the parties of an
/// encounter ("The sides discussed …", "the two ministers agreed …") goes on with the latest meeting, visit, conference
/// or agreement. Agreements and appointments have no such cue:
/// "the agreement" often introduces one of several signed ("Among the agreements signed is …").
/// </summary>
public static partial class RestatementCues
{
    /// <summary>
    /// The sentence points back to a happening of <paramref name="type"/>: for gatherings anywhere in the sentence,
    /// for other types as its subject (within its first words), since a case or a project named in passing
    /// ("a contractor who is helping the probe") is context, not the topic.
    /// </summary>
    public static bool RefersBack(string sentence, string type) =>
        BackReferences.TryGetValue(type, out var pattern) && pattern.IsMatch(sentence)
        || type is EventTypes.Meeting or EventTypes.Visit or EventTypes.Conference or EventTypes.Agreement && TheSidesAsSubject().IsMatch(sentence);

    /// <summary>
    /// The sentence singles out one of a set already reported ("Among them is a contract between …", "One of the
    /// deals …"): for agreements and investments it details the package the article told, it is not another one.
    /// </summary>
    public static bool SinglesOutOneOfASet(string sentence, string type) =>
        type is EventTypes.Agreement or EventTypes.Investment && OneOfASet().IsMatch(sentence);

    /// <summary>The sentence announces a further happening ("Separately, …", "In another incident …", "Elsewhere, …").</summary>
    public static bool OpensNewHappening(string sentence) => NewHappening().IsMatch(sentence);

    private static readonly Dictionary<string, Regex> BackReferences = EventTypes.All
        .Where(t => NounPattern(t) is not null)
        .ToDictionary(t => t, t => new Regex(
            (t is EventTypes.Meeting or EventTypes.Visit or EventTypes.Conference ? @"\b" : @"^\W*(?:[\w-]+,?\s+){0,3}?")
            + @"(?:the|this|that|these)\s+(?:[\w-]+\s+){0,2}?" + NounPattern(t) + @"\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), StringComparer.Ordinal);

    private static string? NounPattern(string type) => type switch
    {
        EventTypes.Meeting => "(?:meeting|talks|negotiations|conversation|call|consultations)",
        EventTypes.Visit => "(?:visit|trip|tour|stay)",
        EventTypes.Conference => "(?:forum|conference|exhibition|summit|expo|session|congress|event|fair|show)",
        EventTypes.Project => "(?:project|plant|factory|facility|bridge|road|railway|pipeline|terminal|cent(?:er|re)|line|construction|station|complex|park|airport|hospital|route|mill|works)",
        EventTypes.Conflict => "(?:attack|clash|shelling|incident|fighting|explosion|blast|bombing|assailants|attackers|militants|gunmen|strike|raid)",
        EventTypes.Investment => "(?:funds|money|loan|credit|grant|investment|financing|funding)",
        EventTypes.Legal => "(?:case|court|sanctions|fine|investigation|verdict|sentence|ruling|decision|charges|trial|probe|penalty|defendants?|accused|suspects?)",
        _ => null,
    };

    /// <summary>
    /// The sentence's subject is the parties of an encounter already told ("The sides discussed …", "During the talks,
    /// the two ministers agreed …", "Both sides noted …"): what they do there belongs to that encounter.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:[\w-]+,?\s+){0,4}?(?:the\s+(?:two\s+|both\s+)?|both\s+)(?:sides|parties|ministers|leaders|presidents|premiers|officials|heads|delegations|counterparts|interlocutors)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheSidesAsSubject();

    [GeneratedRegex(@"^\W*(?:among (?:them|these|those|the (?:[\w-]+\s+){0,2}?(?:agreements|deals|documents|contracts|memorandums|investments|loans|projects))|one of (?:them|these|the (?:[\w-]+\s+){0,2}?(?:agreements|deals|documents|contracts|memorandums|investments|loans|projects)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneOfASet();

    [GeneratedRegex(@"^\W*(?:separately|elsewhere|in (?:an)?other (?:incident|case|development|attack)|in a separate (?:incident|case|development|attack)|another (?:incident|attack|case))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewHappening();
}
