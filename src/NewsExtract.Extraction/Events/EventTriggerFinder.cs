using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// The words an event was recognised by: the first of the type's trigger words (<see cref="EventTriggerLexicon"/>)
/// in the sentence, after its dateline, that is not part of a name ("sentenced", not the "Court" of "the Baku
/// Court of Appeal"; a sentence whose only trigger word lies in a name takes it all the same), a verb before a
/// noun ("sentenced" rather than the "court" before it, "signed" rather than "memorandum"). None when the classifier reported the type from the sentence as a whole,
/// with no trigger word of that type in it.
/// </summary>
public static partial class EventTriggerFinder
{
    /// <param name="text">the article text</param>
    /// <param name="start">where the sentence's body starts (after a dateline)</param>
    /// <param name="end">where the sentence ends</param>
    /// <param name="type">the event type reported</param>
    /// <param name="inName">whether a range of the text lies inside a name (an entity mention)</param>
    public static Mention? Find(string text, int start, int end, string type, Func<int, int, bool>? inName = null)
    {
        var body = text[start..end];
        // only the reported type's trigger pattern is run over the sentence
        var candidates = EventTriggerLexicon.MatchesIn(body, type)
            .OrderBy(m => m.Index)
            .Select(m => (Span: new Mention(start + m.Index, start + m.Index + m.Length), IsVerb: VerbForm().IsMatch(m.Value)))
            .ToList();
        if (candidates.Count == 0) return null;
        var outsideNames = candidates.Where(c => inName is null || !inName(c.Span.Start, c.Span.End)).ToList();
        var pool = outsideNames.Count > 0 ? outsideNames : candidates;
        return (pool.FirstOrDefault(c => c.IsVerb) is { Span.End: > 0 } verb ? verb : pool[0]).Span;
    }

    /// <summary>A trigger that is a verb of the past or present ("sentenced", "met", "held talks", "signs"): the act itself, whose clause carries tense and roles.</summary>
    [GeneratedRegex(@"^(?:\w+ed|met|meets|held|signs|visits)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbForm();
}
