namespace NewsExtract.Extraction.Events;

/// <summary>
/// Decides whether a sentence's event restates a happening of its type already told in the article (it is merged
/// into it) or reports a new one; <see cref="EventCoalescer"/> asks it for every sentence event that has an earlier
/// happening of its type. Without a decider the coalescer's rules decide.
/// </summary>
public interface IEventMergeDecider
{
    /// <param name="candidate">the sentence event, what the rules say and the features it is judged by</param>
    /// <returns>true to merge it into <see cref="EventMergeCandidate.Target"/>, false to keep it as a new happening</returns>
    bool Merges(EventMergeCandidate candidate);
}
