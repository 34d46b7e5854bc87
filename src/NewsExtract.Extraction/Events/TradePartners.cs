using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// A trade sentence that gives figures for several partners ("exports to Northland reached $2 billion, to the
/// Southern Union $1 billion"; "Northland took 4 percent of the exports, Southland 3 percent") reports one trade event
/// per partner with a figure, each with the sentence's other parties (the reporting state), as the annotation guide
/// counts trade: one per partner with a figure, plus one for a national total (a figure stated before the first
/// partner). A participant has a figure when an amount or a percentage lies between its mention and the next
/// participant's (or the sentence's end); the reporting state ("Latvia's exports …") has none of its own. With fewer
/// than two participants that have a figure the sentence stays one event. Each partner takes the counterpart role.
/// </summary>
public static class TradePartners
{
    /// <param name="parties">the sentence's participants with their first mentions, in any order</param>
    /// <param name="bodyStart">where the sentence's body starts (after a dateline)</param>
    /// <param name="sentenceEnd">where the sentence ends</param>
    /// <param name="hasFigure">whether the range [start, end) holds an amount or a percentage</param>
    public static IEnumerable<List<EventParticipant>> OnePerPartner(
        IReadOnlyList<(EventParticipant Party, Mention Mention)> parties, int bodyStart, int sentenceEnd, Func<int, int, bool> hasFigure)
    {
        var ordered = parties.OrderBy(p => p.Mention.Start).ToList();
        var withFigure = new List<(EventParticipant Party, Mention Mention)>();
        for (int i = 0; i < ordered.Count; i++)
        {
            int from = ordered[i].Mention.End, to = i + 1 < ordered.Count ? ordered[i + 1].Mention.Start : sentenceEnd;
            if (to > from && hasFigure(from, to)) withFigure.Add(ordered[i]);
        }
        var all = ordered.Select(p => p.Party).ToList();
        if (withFigure.Count < 2)
        {
            yield return all;
            yield break;
        }
        var others = ordered.Where(p => !withFigure.Contains(p)).Select(p => p.Party).ToList();
        if (hasFigure(bodyStart, withFigure[0].Mention.Start) && others.Count > 0) yield return others;
        foreach (var (partner, _) in withFigure)
            yield return [.. others, partner with { Role = EventRoles.Counterpart }];
    }
}
