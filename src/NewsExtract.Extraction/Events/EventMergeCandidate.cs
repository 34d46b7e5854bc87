using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// A sentence event that may restate an earlier happening of its type: the event, the rules' decision
/// (<see cref="RuleMerges"/>), the happening it would join (<see cref="Target"/>, an index into the happenings so
/// far) and its features (<see cref="EventMergeFeatures"/>, in <see cref="EventMergeFeatures.Names"/> order).
/// </summary>
public sealed record EventMergeCandidate(ArticleEvent Event, bool RuleMerges, int Target, float[] Features);
