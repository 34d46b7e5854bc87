using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Training.Events;

/// <summary>
/// Builds the training rows: the hand-labelled sentences (weight <see cref="HandWeight"/>) plus weakly labelled
/// sentences of the open corpora, labelled by the trigger lexicon: every sentence with a trigger (at most
/// <see cref="MaxPerType"/> per type) and a fixed-seed sample of sentences without one as negatives.
/// </summary>
public static class EventTrainingSet
{
    public const float HandWeight = 10f;
    public const int MaxPerType = 800;
    public const int Negatives = 2500;

    public static (List<EventSentenceRow> Rows, Dictionary<string, int> Counts) Build(
        IReadOnlyList<(string Sentence, string[] Types)> hand, IEnumerable<(string Source, string Sentence)> open, int seed = 7)
    {
        var rows = hand.Select(h => EventSentenceRow.Create(EventFeatureText.For(h.Sentence), h.Types, HandWeight)).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["hand"] = rows.Count };
        var perType = EventTypes.All.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
        var negatives = new List<string>();
        var random = new Random(seed);
        int seen = 0, weak = 0;
        foreach (var (source, sentence) in open)
        {
            if (sentence.Length < 25 || sentence.Length > 400) continue;
            seen++;
            var types = EventTriggerLexicon.TypesIn(sentence);
            if (types.Count == 0)
            {
                // reservoir sample of the negatives
                if (negatives.Count < Negatives) negatives.Add(sentence);
                else if (random.Next(seen) < Negatives) negatives[random.Next(Negatives)] = sentence;
                continue;
            }
            if (types.All(t => perType[t] >= MaxPerType)) continue;
            foreach (var t in types) perType[t]++;
            rows.Add(EventSentenceRow.Create(EventFeatureText.For(sentence), types, 1f));
            weak++;
        }
        rows.AddRange(negatives.Select(n => EventSentenceRow.Create(EventFeatureText.For(n), [], 1f)));
        counts["weakPositive"] = weak;
        counts["weakNegative"] = negatives.Count;
        counts["openSentencesRead"] = seen;
        return (rows, counts);
    }
}
