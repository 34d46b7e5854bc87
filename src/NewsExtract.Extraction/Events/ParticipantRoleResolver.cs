using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// The role a participant plays in an event (<see cref="EventRoles"/>), read from where the sentence puts its mention:
/// first the words right before it (from the trigger on when the trigger comes first: a preposition before the trigger
/// governs the trigger, "went ahead with the appointment of X") — "hosted by X", "at the invitation of X" (host), "between X" (agent) "… and Y"
/// (counterpart), "with X" (counterpart), "against X", "on X" of an attack (target), "by X" (agent of a passive), "to X"
/// or "for X" of money (beneficiary), "visit to X" (host) — then its side of the trigger: before it the subject (agent;
/// of a passive trigger of an appointment, a court case or an attack the target, of money the beneficiary; of
/// "received" the host), after it the object, whose role the event type gives (met → counterpart, visited → host, but
/// after a noun such as "trip" the visitor,
/// appointed, sentenced, attacked → target, financed → beneficiary; after a passive trigger "by X" is the agent). The
/// source of the report ("X said", "according to X") and a participant named without a trigger are other.
/// </summary>
public static partial class ParticipantRoleResolver
{
    /// <param name="text">the article text</param>
    /// <param name="sentenceStart">where the participant's sentence (its body, after a dateline) starts</param>
    /// <param name="mention">the participant's mention in the sentence</param>
    /// <param name="trigger">the event's trigger words in the sentence, if known</param>
    /// <param name="type">the event type</param>
    public static string RoleOf(string text, int sentenceStart, Mention mention, Mention? trigger, string type)
    {
        int from = Math.Max(sentenceStart, mention.Start - 80);
        var before = text[from..mention.Start];
        if (HostedBy().IsMatch(before)) return EventRoles.Host;
        // a preposition before the trigger governs the trigger, not the trigger's object: "went ahead with the
        // appointment of X" appoints X, it is no meeting with X
        var governed = trigger is { } tr && tr.End <= mention.Start && tr.Start > from ? text[tr.Start..mention.Start] : before;
        if (SecondOfBetween().IsMatch(governed)) return EventRoles.Counterpart;
        if (Between().IsMatch(governed)) return EventRoles.Agent;
        if (With().IsMatch(governed)) return EventRoles.Counterpart;
        if (Against().IsMatch(governed) || type == EventTypes.Conflict && On().IsMatch(governed)) return EventRoles.Target;
        if (By().IsMatch(governed)) return EventRoles.Agent;
        if (type is EventTypes.Investment or EventTypes.Project && ToOrFor().IsMatch(governed)) return EventRoles.Beneficiary;
        if (type is EventTypes.Investment && From().IsMatch(governed)) return EventRoles.Agent;
        if (type is EventTypes.Visit && VisitTo().IsMatch(before)) return EventRoles.Host;
        if (IsSpeaker(text, mention)) return EventRoles.Other;
        if (trigger is not { } t) return EventRoles.Other;
        // the trigger word inside the participant's own name ("the Court" of a court's name): the body acts
        if (mention.Start <= t.Start && t.End <= mention.End) return EventRoles.Agent;
        if (mention.End <= t.Start)
        {
            var between = text[mention.End..t.Start];
            // the passive's subject is the name before it in its own clause: not one before "after"/"when"/… that
            // opens it ("X's first visit since Y was appointed": Y was appointed, X was not)
            if (Passive().IsMatch(between) && !Subordinator().IsMatch(between))
                return type switch
                {
                    EventTypes.Appointment or EventTypes.Legal or EventTypes.Conflict => EventRoles.Target,
                    EventTypes.Investment => EventRoles.Beneficiary,
                    _ => EventRoles.Agent,
                };
            return Received().IsMatch(text.AsSpan(t.Start, t.End - t.Start)) ? EventRoles.Host : EventRoles.Agent;
        }
        if (mention.Start >= t.End)
        {
            // "was signed … by X": the agent of a passive trigger
            if (Passive().IsMatch(text[Math.Max(sentenceStart, t.Start - 30)..t.Start]) && ByBetween().IsMatch(text[t.End..mention.Start]))
                return EventRoles.Agent;
            return type switch
            {
                EventTypes.Meeting or EventTypes.Agreement or EventTypes.Trade => EventRoles.Counterpart,
                // "visited X": X hosts; after a noun ("the trip to Atyrau, the President …") the visitor is named
                EventTypes.Visit => VisitVerb().IsMatch(text.AsSpan(t.Start, t.End - t.Start)) ? EventRoles.Host : EventRoles.Agent,
                EventTypes.Appointment or EventTypes.Legal or EventTypes.Conflict => EventRoles.Target,
                EventTypes.Investment => EventRoles.Beneficiary,
                _ => EventRoles.Other,
            };
        }
        return EventRoles.Other;
    }

    /// <summary>The participant is the source of the report, not a party to the event: "X said", "X told reporters", "according to X", "told X".</summary>
    private static bool IsSpeaker(string text, Mention mention)
    {
        var after = text.AsSpan(mention.End, Math.Min(40, text.Length - mention.End));
        var before = text.AsSpan(Math.Max(0, mention.Start - 40), Math.Min(40, mention.Start));
        return SpeechAfter().IsMatch(after) || AccordingTo().IsMatch(before);
    }

    [GeneratedRegex(@"^(?:,\s*[^,]{0,30},)?\s+(?:said|says|told|noted|stated|added|announced|informed|reported|emphasi[sz]ed|stressed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechAfter();

    [GeneratedRegex(@"\b(?:according to|told|informed)\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}?$", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\bby\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByBetween();

    [GeneratedRegex(@"\b(?:hosted by|received by|(?:at|on) the invitation of|invited by|(?:the )?guests? of)\s+(?:[\w.-]+\s+){0,6}?$", RegexOptions.IgnoreCase)]
    private static partial Regex HostedBy();

    [GeneratedRegex(@"\bbetween\s+[^,;]{1,70}?\s+and\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SecondOfBetween();

    [GeneratedRegex(@"\bbetween\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"\bwith\s+(?:(?:the|his|her|their|its)\s+)?(?:[\w.-]+\s+){0,5}?$", RegexOptions.IgnoreCase)]
    private static partial Regex With();

    [GeneratedRegex(@"\b(?:against|targeting|on the territory of)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?$", RegexOptions.IgnoreCase)]
    private static partial Regex Against();

    [GeneratedRegex(@"\b(?:on|at)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex On();

    [GeneratedRegex(@"\bby\s+(?:the\s+)?(?:[\w.-]+\s+){0,5}?$", RegexOptions.IgnoreCase)]
    private static partial Regex By();

    [GeneratedRegex(@"\b(?:to|for)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ToOrFor();

    [GeneratedRegex(@"\bfrom\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex From();

    [GeneratedRegex(@"\b(?:visit(?:s|ed|ing)?|trip|tour|travel(?:l?ed)?|arrived|came)\s+(?:to|in)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex VisitTo();

    /// <summary>A conjunction that opens a clause of its own (whose subject the passive then belongs to).</summary>
    [GeneratedRegex(@"\b(?:after|before|when|whenever|while|since|because|until|although|though|whereas|unless)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subordinator();

    /// <summary>A passive auxiliary right before the trigger: "X was appointed", "X has been detained".</summary>
    [GeneratedRegex(@"\b(?:was|were|is|are|been|be|being|got)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    [GeneratedRegex(@"^(?:visit(?:ed|s|ing)|tour(?:ed|s))\b", RegexOptions.IgnoreCase)]
    private static partial Regex VisitVerb();

    [GeneratedRegex(@"^received\b", RegexOptions.IgnoreCase)]
    private static partial Regex Received();
}
