using NewsExtract.Extraction.Events;

namespace NewsExtract.Training.Events;

/// <summary>One merge decision seen in training: its article, features, the rules' decision and the gold label.</summary>
public sealed record EventMergeRow(string ArticleId, float[] Features, bool RuleMerges, bool Restates);

/// <summary>
/// Collects the merge decisions of annotated articles for <c>train event-merges</c>. Set <see cref="Begin"/> before
/// running an article through the pipeline; every sentence event the coalescer asks about is labelled from the
/// article's gold events: a sentence no gold event of its type gives as evidence restates an earlier happening (or
/// reports none), so merging it is right; one that is a gold event's evidence is a happening of its own. It answers
/// with the gold label, so the later decisions of the article see the happenings gold would have.
/// </summary>
public sealed class EventMergeRecorder : IEventMergeDecider
{
    private string _articleId = "";
    private List<(string Type, int Start, int End)> _evidence = [];

    public List<EventMergeRow> Rows { get; } = [];

    /// <param name="articleId">the article about to run</param>
    /// <param name="text">its text</param>
    /// <param name="events">its gold events' types and evidence sentences</param>
    public void Begin(string articleId, string text, IEnumerable<(string Type, string Evidence)> events)
    {
        _articleId = articleId;
        _evidence = [];
        foreach (var (type, evidence) in events)
        {
            var trimmed = evidence.Trim();
            int at = trimmed.Length == 0 ? -1 : text.IndexOf(trimmed, StringComparison.Ordinal);
            if (at >= 0) _evidence.Add((type, at, at + trimmed.Length));
        }
    }

    public bool Merges(EventMergeCandidate candidate)
    {
        var s = candidate.Event.Sentence;
        bool evidence = _evidence.Any(e => e.Type == candidate.Event.Type && e.Start < s.End && s.Start < e.End);
        Rows.Add(new EventMergeRow(_articleId, candidate.Features, candidate.RuleMerges, !evidence));
        return !evidence;
    }
}
