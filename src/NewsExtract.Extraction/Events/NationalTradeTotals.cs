using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Officials;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// A trade report that names no partner and follows no earlier event ("Foreign trade showed a surplus of $1.7
/// billion", "Exports exceeded $180 million") is the national total of the state the article is about, as the
/// annotation guides count it ("one per partner with a figure, plus one for a national total"): it takes that state
/// as its participant when the article names it as a place. Runs after <see cref="InheritedParticipants"/>.
/// </summary>
public static class NationalTradeTotals
{
    /// <summary>
    /// The events with such reports filled in from <paramref name="document"/>; the home state (agency, dateline, the
    /// dateline's city or the country named most: <see cref="OfficialRecognizer.HomeStateOf"/>, without the officials
    /// model's capitals) is worked out only when a report needs it.
    /// </summary>
    public static IReadOnlyList<ArticleEvent> Fill(IReadOnlyList<ArticleEvent> events, Document document)
    {
        if (!events.Any(NamesNoPartner)) return events;
        var home = OfficialRecognizer.HomeStateOf(document, null).Country;
        return [.. Fill(events, home, [.. document.Entities.Where(e => EntityLabels.IsPlace(e.Label))])];
    }

    /// <param name="events">the article's events after the inherited participants are filled in</param>
    /// <param name="homeState">the short name of the state the article is about, or null</param>
    /// <param name="places">the article's place entities</param>
    public static IEnumerable<ArticleEvent> Fill(IEnumerable<ArticleEvent> events, string? homeState, IReadOnlyList<Entity> places)
    {
        var home = homeState is null ? null : places.FirstOrDefault(p => string.Equals(CountryLexicon.ShortNameOf(p.Name) ?? p.Name, homeState, StringComparison.OrdinalIgnoreCase));
        foreach (var e in events)
        {
            if (home is null || !NamesNoPartner(e)) { yield return e; continue; }
            yield return e with { Participants = [home.Name], Roles = [new EventParticipant(home.Name, home.Label, EventRoles.Agent)] };
        }
    }

    private static bool NamesNoPartner(ArticleEvent e) => e.Type == EventTypes.Trade && e.Participants.Count == 0;
}
