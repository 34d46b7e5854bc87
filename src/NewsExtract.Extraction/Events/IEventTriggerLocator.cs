using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// A sentence classifier that can say which word of a sentence made it report a type: used as an event's trigger
/// when the sentence holds none of the type's trigger words.
/// </summary>
public interface IEventTriggerLocator
{
    /// <summary>The word of <paramref name="sentence"/> that speaks most for <paramref name="type"/>, as a range of the sentence; null when none does.</summary>
    Mention? StrongestWord(string sentence, string type);
}
