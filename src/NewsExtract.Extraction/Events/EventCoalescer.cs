using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// Merges sentences that restate one event, so an article yields one event per real happening. First the wording
/// (<see cref="RestatementCues"/>): a sentence opening a new happening ("Separately, …") never merges; one pointing
/// back to a happening of its kind ("The probe … showed", "at the fair") or singling out one of a package of deals
/// ("Among them is a contract between …") joins the latest such event.
/// Otherwise two events of one type are one only when their dates agree and both or neither speak of the "next"
/// session of a recurring gathering, and the rule depends on what makes a happening distinct:
/// <list type="bullet">
/// <item>gatherings (Meeting, Visit, Conference) — an article reports one; restatements merge unless their places
/// differ, or two meetings name counterparts the other does not name ("A met B …", "C held talks with D");</item>
/// <item>acts of a party (Agreement, Investment, Legal, Appointment) — one per acting party (an appointment: one per
/// appointee, a court case: one per defendant and per stage of the case (<see cref="LegalStages"/>: the arrest, the
/// charge, the judgment, the appeal), so two that name whom they appoint or charge merge only when one is
/// shared, whichever court or cabinet acts): they merge when a
/// participant (a surname or a company's first word matching the full name) or an amount is shared — but two
/// investments each stating its own sum are two, whoever gives them — or when one of the two sentences names no
/// participant and the two state no different amounts ("The money will finance …"; "A protocol was concluded." then
/// "The protocol X and Y concluded covers …"); in a court case a sentence
/// naming no party or the same party joins it whatever sum or date it states ("He was also fined …");</item>
/// <item>Conflict — one incident per article unless another is announced;</item>
/// <item>Trade — one report per partner: a later one naming a partner the earlier never named is another; otherwise as the rest;</item>
/// <item>the rest (Project) — merge when participants overlap or one names none; but two works each stating its own
/// sum are two, as two investments are.</item>
/// </list>
/// The first sentence stays the event's sentence, with its trigger; participants (with their roles) are pooled.
/// </summary>
public static partial class EventCoalescer
{
    public static List<ArticleEvent> Merge(IEnumerable<ArticleEvent> events) => Merge(events, "", []);

    /// <param name="events">the sentence events in text order</param>
    /// <param name="text">the article text the events' sentences point into</param>
    /// <param name="money">the article's amounts, which tie restatements of one investment or agreement together</param>
    /// <param name="decider">a learned decision (<see cref="EventMergeModel"/>) that replaces the rules' for every sentence event with an earlier happening of its type; the rules alone when null</param>
    public static List<ArticleEvent> Merge(IEnumerable<ArticleEvent> events, string text, IReadOnlyList<MoneyMention> money, IEventMergeDecider? decider = null)
    {
        var merged = new List<Happening>();
        // A happening only ever merges with one of its own type and "next session" flag: the indices of each kind's
        // happenings, in list order, so a sentence is compared with those alone and not with every happening so far.
        var byKind = new Dictionary<(string Type, bool NextOccurrence), List<int>>();
        var moneyByStart = money.OrderBy(m => m.Start).ToArray();
        foreach (var e in events)
        {
            var sentence = SentenceOf(text, e);
            var next = new Happening(e, AmountsIn(e.Sentence, moneyByStart), IsNextOccurrence(sentence, e.Type),
                e.Type == EventTypes.Legal ? LegalStages.Of(sentence) : null);
            if (!byKind.TryGetValue((e.Type, next.NextOccurrence), out var kind)) byKind[(e.Type, next.NextOccurrence)] = kind = [];
            int target = -1;
            if (!RestatementCues.OpensNewHappening(sentence))
            {
                // "The probe … showed", "at the fair": the latest happening of that kind, whatever else differs
                if (kind.Count > 0 && (RestatementCues.RefersBack(sentence, e.Type) || RestatementCues.SinglesOutOneOfASet(sentence, e.Type)))
                    target = kind[^1];
                if (target < 0 && kind.FindIndex(i => SameHappening(merged[i], next)) is var at and >= 0) target = kind[at];
            }
            if (decider is not null && kind.Count > 0) target = Decide(decider, merged, kind, next, sentence, target);
            if (target < 0) { kind.Add(merged.Count); merged.Add(next); continue; }
            var m = merged[target];
            merged[target] = m with
            {
                Event = m.Event with
                {
                    Participants = [.. m.Event.Participants.Concat(e.Participants).Distinct(StringComparer.OrdinalIgnoreCase)],
                    // a participant keeps the role of the sentence that first named it
                    Roles = [.. m.Event.Roles.Concat(e.Roles).DistinctBy(r => r.Name, StringComparer.OrdinalIgnoreCase)],
                    Location = m.Event.Location ?? e.Location,
                    Date = m.Event.Date ?? e.Date,
                },
                Amounts = Union(m.Amounts, next.Amounts),
            };
        }
        return [.. merged.Select(h => h.Event)];
    }

    /// <summary>
    /// The learned decision for a sentence event with earlier happenings of its kind: the happening it would join is
    /// the rules' choice, else the latest sharing a participant, else the latest; -1 when it stays a new happening.
    /// </summary>
    private static int Decide(IEventMergeDecider decider, List<Happening> merged, List<int> kind, Happening next, string sentence, int ruleTarget)
    {
        var earlier = kind.Select(i => (merged[i].Event, (IReadOnlySet<decimal>)merged[i].Amounts)).ToList();
        int target = ruleTarget >= 0 ? ruleTarget
            : kind.LastOrDefault(i => merged[i].Event.Participants.Any(x => next.Event.Participants.Any(y => SameParticipant(x, y))), kind[^1]);
        var features = EventMergeFeatures.Of(next.Event, next.Amounts, sentence, earlier, ruleTarget >= 0, SameParticipant);
        return decider.Merges(new EventMergeCandidate(next.Event, ruleTarget >= 0, target, features)) ? target : -1;
    }

    /// <summary>A happening being merged; its amounts are a set (only shared amounts and their number are asked).</summary>
    private sealed record Happening(ArticleEvent Event, HashSet<decimal> Amounts, bool NextOccurrence, string? LegalStage);

    // The set of the happening being replaced is taken over: its record is dropped from the list.
    private static HashSet<decimal> Union(HashSet<decimal> kept, HashSet<decimal> added)
    {
        kept.UnionWith(added);
        return kept;
    }

    private static bool SameHappening(Happening first, Happening later)
    {
        ArticleEvent a = first.Event, b = later.Event;
        if (a.Type != b.Type || first.NextOccurrence != later.NextOccurrence) return false;
        bool overlap = a.Participants.Any(x => b.Participants.Any(y => SameParticipant(x, y)));
        // two stages of a case (an arrest, then the sentence) are two happenings
        if (a.Type == EventTypes.Legal && first.LegalStage is { } was && later.LegalStage is { } now && was != now) return false;
        if (a.Type is EventTypes.Appointment or EventTypes.Legal && SharesTarget(a, b) is { } shared) overlap = shared;
        // a court case's details carry their own dates (the bribes of 2016, custody until January): the parties decide
        if (a.Type == EventTypes.Legal && (overlap || b.Participants.Count == 0)) return true;
        if (!DatesAgree(a.Date, b.Date)) return false;
        switch (a.Type)
        {
            case EventTypes.Conflict:
                // an article reports one incident on one day; a further one is announced ("Separately, …")
                return true;
            case EventTypes.Meeting when NamesOtherPartners(a, b):
                // talks with one counterpart and talks with another the first never names are two meetings
                return false;
            case EventTypes.Meeting or EventTypes.Visit or EventTypes.Conference:
                return a.Location is null || b.Location is null || string.Equals(a.Location, b.Location, StringComparison.OrdinalIgnoreCase);
            case EventTypes.Investment or EventTypes.Project when first.Amounts.Count > 0 && later.Amounts.Count > 0 && !first.Amounts.Overlaps(later.Amounts):
                // each with its own sum: two grants or loans, whoever gives them
                return false;
            case EventTypes.Agreement or EventTypes.Investment or EventTypes.Legal or EventTypes.Appointment:
                if (overlap || first.Amounts.Overlaps(later.Amounts)) return true;
                // a fine or a bribe is part of a case, not what tells cases apart; a sum tells investments and deals apart
                return (b.Participants.Count == 0 || a.Participants.Count == 0) && (a.Type == EventTypes.Legal || later.Amounts.Count == 0 || first.Amounts.Count == 0);
            case EventTypes.Trade:
                // one trade report per partner: a later one naming a partner the earlier never named is another
                if (NamesNewPartner(a, b)) return false;
                return overlap || a.Participants.Count == 0 || b.Participants.Count == 0;
            default:
                return overlap || a.Participants.Count == 0 || b.Participants.Count == 0;
        }
    }

    /// <summary>Both name counterparts, and neither's counterparts are among the other's participants.</summary>
    private static bool NamesOtherPartners(ArticleEvent a, ArticleEvent b) => NamesNewPartner(a, b) && NamesNewPartner(b, a);

    /// <summary><paramref name="later"/> names counterparts, none of them among <paramref name="earlier"/>'s participants.</summary>
    private static bool NamesNewPartner(ArticleEvent earlier, ArticleEvent later) =>
        later.Roles.Where(r => r.Role == EventRoles.Counterpart).ToList() is { Count: > 0 } partners
        && !partners.Any(x => earlier.Participants.Any(y => SameParticipant(x.Name, y)));

    /// <summary>
    /// Appointments are told apart by who is appointed, court cases by who is charged (the cabinet or court acting in
    /// both is no evidence they are one): whether the two share a target, or null when either names none.
    /// </summary>
    private static bool? SharesTarget(ArticleEvent earlier, ArticleEvent later) =>
        Targets(earlier) is { Count: > 0 } was && Targets(later) is { Count: > 0 } now
            ? was.Any(x => now.Any(y => SameParticipant(x, y)))
            : null;

    private static List<string> Targets(ArticleEvent e) => [.. e.Roles.Where(r => r.Role == EventRoles.Target).Select(r => r.Name)];

    /// <summary>Dates agree when either is unknown or one contains the other ("2019" and "2019-05-03").</summary>
    private static bool DatesAgree(string? a, string? b) =>
        a is null || b is null || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    /// <summary>"Guluzade" names the same participant as "Ramin Guluzade".</summary>
    private static bool SameParticipant(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return true;
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        if (shorter.Contains(' ', StringComparison.Ordinal) || shorter.Length <= 3) return false;
        // a surname for a person, a first word for a company ("Northwind" for "Northwind Shipping Lines"); never a country
        // for a body named after it ("Azerbaijan" is not "Azerbaijan Railways")
        return longer.EndsWith(" " + shorter, StringComparison.OrdinalIgnoreCase)
            || longer.StartsWith(shorter + " ", StringComparison.OrdinalIgnoreCase) && !CountryLexicon.IsShortName(shorter);
    }

    private static string SentenceOf(string text, ArticleEvent e) =>
        e.Sentence.End <= text.Length ? text[e.Sentence.Start..e.Sentence.End] : "";

    private static HashSet<decimal> AmountsIn(Mention sentence, MoneyMention[] moneyByStart)
    {
        int lo = 0, hi = moneyByStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (moneyByStart[mid].Start < sentence.Start) lo = mid + 1; else hi = mid;
        }
        var amounts = new HashSet<decimal>();
        for (int i = lo; i < moneyByStart.Length && moneyByStart[i].Start < sentence.End; i++)
            if (moneyByStart[i].End <= sentence.End) amounts.Add(moneyByStart[i].Amount);
        return amounts;
    }

    /// <summary>The sentence speaks of the next session of a gathering of the event's type ("the next summit").</summary>
    private static bool IsNextOccurrence(string sentence, string type)
    {
        return type switch
        {
            EventTypes.Conference => NextConferencePattern().IsMatch(sentence),
            EventTypes.Meeting => NextMeetingPattern().IsMatch(sentence),
            EventTypes.Visit => NextVisitPattern().IsMatch(sentence),
            _ => false,
        };
    }

    private const string NextWord = @"\b(?:next|upcoming)\s+(?:[\w-]+\s+){0,3}?";

    [GeneratedRegex(NextWord + @"(?:summit|forum|session|conference|exhibition|congress)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextConferencePattern();

    [GeneratedRegex(NextWord + @"(?:meeting|round|talks|session)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeetingPattern();

    [GeneratedRegex(NextWord + @"visit\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextVisitPattern();
}
