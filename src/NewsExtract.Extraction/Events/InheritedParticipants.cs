using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// An event whose sentence names no one ("The sides exchanged views …", "A memorandum was signed during the visit.",
/// "Exports reached $180 million.") continues the story told before it: it takes the participants, with their roles,
/// of the nearest earlier event of its type that has some, else of the nearest earlier event of another type that is
/// no trade report. A trade report's parties are states and blocs, so it inherits from a trade report only (else
/// <see cref="NationalTradeTotals"/> gives it the home state) and no other event inherits them. An event with no such
/// event before it keeps none. Runs after the coalescer, whose rules read an empty participant list as
/// "names no one".
/// </summary>
public static class InheritedParticipants
{
    /// <param name="events">the article's events, merged, in text order</param>
    public static List<ArticleEvent> Fill(IReadOnlyList<ArticleEvent> events)
    {
        var filled = new List<ArticleEvent>(events.Count);
        foreach (var e in events)
        {
            if (e.Participants.Count > 0) { filled.Add(e); continue; }
            var earlier = filled.Where(x => x.Participants.Count > 0 && x.Sentence.Start < e.Sentence.Start).ToList();
            // a trade report's parties are states and blocs: it takes them from a trade report only (else
            // NationalTradeTotals gives it the home state), and no other event takes a trade report's
            var source = earlier.LastOrDefault(x => x.Type == e.Type)
                ?? (e.Type == EventTypes.Trade ? null : earlier.LastOrDefault(x => x.Type != EventTypes.Trade));
            filled.Add(source is null ? e : e with { Participants = source.Participants, Roles = source.Roles });
        }
        return filled;
    }
}
