using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// A sentence holding a trigger word that names parties none of the article's earlier events of the type named
/// reports another event, though the classifier, which learned that a sentence restating an event is no new one,
/// passed it over: the parties are what tells one event from another. For a deal or talks, two or more people ("The
/// second memorandum was signed between A and B"); for trade, a partner (the annotation guide counts one trade event
/// per partner with a figure, and <see cref="EventVetoes"/> still requires the figure: "the countries ranking first
/// in terms of imports are A (19 percent), B (9 percent) and C (7 percent)" after the same for exports with A, B, D).
/// </summary>
public static class NewPartiesOnTrigger
{
    /// <summary>The types whose events the parties taking part tell apart.</summary>
    public static bool Applies(string type) => type is EventTypes.Agreement or EventTypes.Meeting or EventTypes.Trade;

    /// <param name="type">the event type</param>
    /// <param name="participants">the sentence's participants for the type, with what each names</param>
    /// <param name="named">the participants of the article's events of the type found so far</param>
    public static bool NamesNewParties(string type, IEnumerable<(string Name, string Kind)> participants, IReadOnlySet<string> named)
    {
        if (type == EventTypes.Trade)
        {
            // a partner is a state or a body; the reporting state is usually named before, so one new one is enough
            var parties = participants.Where(p => p.Kind is not (EventParticipant.OfficialKind or EntityLabels.Person)).Select(p => p.Name).ToList();
            return named.Count > 0 && parties.Any(p => !named.Contains(p));
        }
        var people = participants.Where(p => p.Kind is EventParticipant.OfficialKind or EntityLabels.Person).Select(p => p.Name).ToList();
        if (people.Count < 2) return false;
        return !people.Any(named.Contains);
    }
}
