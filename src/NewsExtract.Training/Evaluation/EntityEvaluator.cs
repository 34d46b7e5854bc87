using NewsExtract.Training.Corpora;

namespace NewsExtract.Training.Evaluation;

/// <summary>
/// conlleval-equivalent scoring: an entity counts as correct only when its token span and type both match a gold
/// entity exactly. Accumulates sentence by sentence; reports per type and micro over all types. Given a set of types,
/// only entities of those types count, on both sides (so a model with more types than the data is comparable: its
/// other types are neither false alarms nor misses).
/// </summary>
public sealed class EntityEvaluator(IReadOnlySet<string>? onlyTypes = null)
{
    private readonly SortedDictionary<string, (int Gold, int Predicted, int Correct)> _counts = new(StringComparer.Ordinal);

    /// <summary>Adds one sentence's gold and predicted IOB tags (same length).</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
            throw new ArgumentException($"Gold has {gold.Count} tags but the prediction {predicted.Count}.", nameof(predicted));
        var goldSpans = IobTags.Spans(gold, onlyTypes);
        var predictedSpans = IobTags.Spans(predicted, onlyTypes);
        var goldSet = new HashSet<(int, int, string)>(goldSpans);
        foreach (var (_, _, type) in goldSpans) Bump(type, gold: 1);
        foreach (var span in predictedSpans)
            Bump(span.Type, predicted: 1, correct: goldSet.Contains(span) ? 1 : 0);
    }

    public IReadOnlyDictionary<string, TypeScore> Types =>
        _counts.ToDictionary(p => p.Key, p => new TypeScore(p.Value.Gold, p.Value.Predicted, p.Value.Correct), StringComparer.Ordinal);

    public TypeScore Micro
    {
        get
        {
            int g = 0, p = 0, c = 0;
            foreach (var v in _counts.Values)
            {
                g += v.Gold;
                p += v.Predicted;
                c += v.Correct;
            }
            return new TypeScore(g, p, c);
        }
    }

    private void Bump(string type, int gold = 0, int predicted = 0, int correct = 0)
    {
        var v = _counts.GetValueOrDefault(type);
        _counts[type] = (v.Gold + gold, v.Predicted + predicted, v.Correct + correct);
    }
}
