using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// A trade sentence that gives figures for several partners reports one trade event per partner with a figure, each
/// with the sentence's other parties (the reporting state), as the annotation guide counts trade: one per partner
/// with a figure, plus one for a national total (a figure stated before the first partner). Copy writes a partner's
/// figure after it ("exports to Northland reached $2 billion, to the Southern Union $1 billion"; "Northland took 4
/// percent of the exports, Southland 3 percent") or before it, joined by a preposition ("sold goods worth $3 billion
/// to Northland, $1 billion to Southland"); the reading that gives more partners a figure wins, and on a tie the one
/// whose figures stand closer to their partners. The reporting state ("Latvia's exports …") has no figure of its own.
/// With fewer than two partners that have a figure the sentence stays one event. Each partner takes the counterpart
/// role.
/// </summary>
public static partial class TradePartners
{
    /// <param name="parties">the sentence's participants with their first mentions, in any order</param>
    /// <param name="bodyStart">where the sentence's body starts (after a dateline)</param>
    /// <param name="sentenceEnd">where the sentence ends</param>
    /// <param name="figures">the amounts and percentages of the sentence</param>
    /// <param name="text">the document's text</param>
    public static IEnumerable<List<EventParticipant>> OnePerPartner(
        IReadOnlyList<(EventParticipant Party, Mention Mention)> parties, int bodyStart, int sentenceEnd,
        IReadOnlyList<(int Start, int End)> figures, string text)
    {
        // the state whose partner another is ("Northland remained Ostland's top trade partner with $8 billion") reports
        // the trade: its mention stands between a partner and the partner's figure and takes no figure of its own
        var owners = parties.Where(p => IsPartnerOwner(text, p.Mention.End, sentenceEnd)).ToList();
        var ordered = parties.Except(owners).OrderBy(p => p.Mention.Start).ToList();
        var after = FiguresAfter(ordered, sentenceEnd, figures);
        var before = FiguresBefore(ordered, figures, text);
        bool figureFirst = before.Count > after.Count || (before.Count == after.Count && before.Count >= 2 && before.Values.Sum() < after.Values.Sum());
        var withFigure = ordered.Where((_, i) => (figureFirst ? before : after).ContainsKey(i)).ToList();
        // a state in the possessive first reports the trade ("Ostland's trade reached $9 billion, Northland's share …"):
        // its figure is the national total, not a partner's
        if (withFigure.Count > 2 && withFigure[0] == ordered[0] && IsPossessive(text, ordered[0].Mention.End)) withFigure.RemoveAt(0);
        if (withFigure.Count < 2)
        {
            yield return parties.OrderBy(p => p.Mention.Start).Select(p => p.Party).ToList();
            yield break;
        }
        var others = owners.Concat(ordered.Where(p => !withFigure.Contains(p))).OrderBy(p => p.Mention.Start).Select(p => p.Party).ToList();
        // a national total: a figure before the first partner's own
        int firstOwn = figureFirst ? figures.Where(f => f.End <= withFigure[0].Mention.Start).Select(f => f.Start).DefaultIfEmpty(bodyStart).Max() : withFigure[0].Mention.Start;
        if (figures.Any(f => f.Start >= bodyStart && f.End <= firstOwn) && others.Count > 0) yield return others;
        foreach (var (partner, _) in withFigure)
            yield return [.. others, partner with { Role = EventRoles.Counterpart }];
    }

    /// <summary>A mention in the possessive whose noun, within four words, is a trade partner: "Ostland's top trade partner".</summary>
    private static bool IsPartnerOwner(string text, int end, int sentenceEnd) =>
        IsPossessive(text, end) && PartnerNoun().IsMatch(text[(end + 2)..Math.Min(sentenceEnd, end + 60)]);

    [GeneratedRegex(@"^(?:\s+[\w-]+){0,4}?\s+partners?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartnerNoun();

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's' && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));

    /// <summary>Partners (by index) with a figure between their mention and the next one, and how far the first such figure stands from the mention.</summary>
    private static Dictionary<int, int> FiguresAfter(List<(EventParticipant Party, Mention Mention)> ordered, int sentenceEnd, IReadOnlyList<(int Start, int End)> figures)
    {
        var found = new Dictionary<int, int>();
        for (int i = 0; i < ordered.Count; i++)
        {
            int from = ordered[i].Mention.End, to = i + 1 < ordered.Count ? ordered[i + 1].Mention.Start : sentenceEnd;
            var first = figures.Where(f => f.Start < to && f.End > from).OrderBy(f => f.Start).FirstOrDefault();
            if (to > from && first != default) found[i] = Math.Max(0, first.Start - from);
        }
        return found;
    }

    /// <summary>
    /// Partners (by index, the first mention excepted: it is the reporter's place) with a figure between the previous
    /// mention and their own, joined to it by a preposition alone ("$3 billion to Northland"), and how far it stands.
    /// </summary>
    private static Dictionary<int, int> FiguresBefore(List<(EventParticipant Party, Mention Mention)> ordered, IReadOnlyList<(int Start, int End)> figures, string text)
    {
        var found = new Dictionary<int, int>();
        for (int i = 1; i < ordered.Count; i++)
        {
            int from = ordered[i - 1].Mention.End, to = ordered[i].Mention.Start;
            var last = figures.Where(f => f.Start >= from && f.End <= to).OrderBy(f => f.End).LastOrDefault();
            if (last == default || !JoiningPreposition().IsMatch(text[last.End..to])) continue;
            found[i] = to - last.End;
        }
        return found;
    }

    /// <summary>Only a preposition (and "the") between a figure and the partner after it: " to ", " from the ".</summary>
    [GeneratedRegex(@"^\W*(?:to|from|with|for)(?:\s+the)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex JoiningPreposition();
}
