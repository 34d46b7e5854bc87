using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// A trade sentence that gives figures for several partners ("trade with Northland stood at $2 billion, and trade
/// with the Southern Union rose 10 percent") reports one trade event per partner with a figure, each with the
/// sentence's other parties (the reporting state), as the annotation guide counts trade: one per partner with a
/// figure, plus one for a national total (a figure stated before the first partner). A partner is a participant in
/// the counterpart role; its figure is an amount or a percentage between its mention and the next partner's (or the
/// sentence's end). With fewer than two partners that have a figure the sentence stays one event.
/// </summary>
public static class TradePartners
{
    /// <param name="parties">the sentence's participants with their first mentions, in any order</param>
    /// <param name="sentenceEnd">where the sentence ends</param>
    /// <param name="hasFigure">whether the range [start, end) holds an amount or a percentage</param>
    /// <param name="bodyStart">where the sentence's body starts (after a dateline)</param>
    public static IEnumerable<List<EventParticipant>> OnePerPartner(
        IReadOnlyList<(EventParticipant Party, Mention Mention)> parties, int bodyStart, int sentenceEnd, Func<int, int, bool> hasFigure)
    {
        var partners = parties.Where(p => p.Party.Role == EventRoles.Counterpart).OrderBy(p => p.Mention.Start).ToList();
        var withFigure = new List<EventParticipant>();
        for (int i = 0; i < partners.Count; i++)
        {
            int from = partners[i].Mention.End, to = i + 1 < partners.Count ? partners[i + 1].Mention.Start : sentenceEnd;
            if (to > from && hasFigure(from, to)) withFigure.Add(partners[i].Party);
        }
        var all = parties.OrderBy(p => p.Mention.Start).Select(p => p.Party).ToList();
        if (withFigure.Count < 2)
        {
            yield return all;
            yield break;
        }
        var others = all.Where(p => !partners.Any(q => q.Party == p)).ToList();
        if (hasFigure(bodyStart, partners[0].Mention.Start) && others.Count > 0) yield return others;
        foreach (var partner in withFigure)
            yield return [.. others, partner];
    }
}
