using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Training.Events;

/// <summary>
/// Builds the training rows: the hand-labelled sentences, the sentences of annotated articles, plus weakly labelled sentences of the open corpora,
/// labelled by the trigger lexicon: sentences with a trigger (at most <see cref="EventTrainingOptions.WeakPerType"/>
/// per type) and a fixed-seed sample of sentences without one as negatives.
/// </summary>
public static class EventTrainingSet
{
    public static List<EventSentenceRow> Hand(IEnumerable<(string Sentence, string[] Types)> hand, float weight) =>
        [.. hand.Select(h => EventSentenceRow.Create(EventFeatureText.For(h.Sentence), h.Types, weight))];

    /// <summary>
    /// Annotated articles' sentences: positives at <see cref="EventTrainingOptions.ArticleWeight"/>, negatives at
    /// <see cref="EventTrainingOptions.ArticleNegativeWeight"/>; with <see cref="EventTrainingOptions.RestatementsPositive"/>
    /// a sentence also counts as a positive of the types it restates (<see cref="ArticleEventSentence.Restates"/>):
    /// it reports that type's event, which the coalescer merges, rather than teaching the model that such wording reports none.
    /// </summary>
    /// (A row at weight 0 is scored in cross-validation but never trained on.)
    public static List<EventSentenceRow> Articles(IEnumerable<ArticleEventSentence> sentences, EventTrainingOptions options) =>
        [.. sentences.Select(s => LabelsOf(s, options)).Select(x => EventSentenceRow.Create(EventFeatureText.For(x.Sentence), x.Types, x.Types.Length > 0 ? options.ArticleWeight : options.ArticleNegativeWeight))];

    private static (string Sentence, string[] Types) LabelsOf(ArticleEventSentence s, EventTrainingOptions options) =>
        (s.Sentence, options.RestatementsPositive && s.Restates is { Length: > 0 } restates ? [.. s.Types.Union(restates, StringComparer.Ordinal)] : s.Types);

    public static (List<EventSentenceRow> Rows, Dictionary<string, int> Counts) Weak(IEnumerable<(string Source, string Sentence)> open, EventTrainingOptions options)
    {
        var rows = new List<EventSentenceRow>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var perType = EventTypes.All.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
        var negatives = new List<string>();
        var random = new Random(options.Seed);
        int seen = 0, weak = 0;
        foreach (var (_, sentence) in open)
        {
            if (sentence.Length < 25 || sentence.Length > 400) continue;
            seen++;
            var types = EventTriggerLexicon.TypesIn(sentence);
            if (types.Count == 0)
            {
                if (options.WeakNegatives == 0) continue;
                // reservoir sample of the negatives
                if (negatives.Count < options.WeakNegatives) negatives.Add(sentence);
                else if (random.Next(seen) < options.WeakNegatives) negatives[random.Next(options.WeakNegatives)] = sentence;
                continue;
            }
            if (types.All(t => perType[t] >= options.WeakPerType)) continue;
            foreach (var t in types) perType[t]++;
            rows.Add(EventSentenceRow.Create(EventFeatureText.For(sentence), types, options.WeakWeight));
            weak++;
        }
        rows.AddRange(negatives.Select(n => EventSentenceRow.Create(EventFeatureText.For(n), [], options.WeakWeight)));
        counts["weakPositive"] = weak;
        counts["weakNegative"] = negatives.Count;
        counts["openSentencesRead"] = seen;
        return (rows, counts);
    }
}
