using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// The words an event was recognised by: the first of the type's trigger words (<see cref="EventTriggerLexicon"/>)
/// in the sentence, after its dateline, that is not part of a name ("sentenced", not the "Court" of "the Baku
/// Court of Appeal"; a sentence whose only trigger word lies in a name takes it all the same). None when the classifier reported the type from the sentence as a whole,
/// with no trigger word of that type in it.
/// </summary>
public static class EventTriggerFinder
{
    /// <param name="text">the article text</param>
    /// <param name="start">where the sentence's body starts (after a dateline)</param>
    /// <param name="end">where the sentence ends</param>
    /// <param name="type">the event type reported</param>
    /// <param name="inName">whether a range of the text lies inside a name (an entity mention)</param>
    public static Mention? Find(string text, int start, int end, string type, Func<int, int, bool>? inName = null)
    {
        var body = text[start..end];
        Mention? first = null;
        foreach (var (triggerType, match) in EventTriggerLexicon.MatchesIn(body).OrderBy(m => m.Match.Index))
        {
            if (triggerType != type) continue;
            var trigger = new Mention(start + match.Index, start + match.Index + match.Length);
            if (inName is null || !inName(trigger.Start, trigger.End)) return trigger;
            first ??= trigger;
        }
        return first;
    }
}
