using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// A sentence holding a trigger word of a deal or of talks that names two or more people none of the article's
/// earlier deals or talks named ("The second memorandum was signed between A and B") reports another one, though the
/// classifier, which learned that a sentence restating a deal is no new event, passed it over: the people are what
/// tells one signing or meeting from another.
/// </summary>
public static class NewPartiesOnTrigger
{
    /// <summary>The types whose events the people taking part tell apart.</summary>
    public static bool Applies(string type) => type is EventTypes.Agreement or EventTypes.Meeting;

    /// <param name="participants">the sentence's participants for the type, with what each names</param>
    /// <param name="earlier">the article's events of the type found so far</param>
    public static bool NamesNewPeople(IEnumerable<(string Name, string Kind)> participants, IEnumerable<ArticleEvent> earlier)
    {
        var people = participants.Where(p => p.Kind is EventParticipant.OfficialKind or EntityLabels.Person).Select(p => p.Name).ToList();
        if (people.Count < 2) return false;
        var named = earlier.SelectMany(e => e.Participants).ToHashSet(StringComparer.Ordinal);
        return !people.Any(named.Contains);
    }
}
