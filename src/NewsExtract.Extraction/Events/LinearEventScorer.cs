using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// Scores a sentence's event feature text with the event model's weights read straight out of it, as ML.NET's
/// prediction engine would but without its per-row machinery: the text normalised as the model's featuriser does
/// (<see cref="EventTextNormalizer"/>), split on spaces, its word unigram and bigram counts looked up in the
/// model's n-gram vocabulary, the count vector L2-normalised when the model was, and per event type the bias plus
/// the dot product with that type's weights through its Platt calibrator. Built by <see cref="LinearEventScorerReader"/>;
/// immutable and safe to share across threads.
/// </summary>
public sealed class LinearEventScorer
{
    private readonly EventTextNormalizer _normalizer;
    private readonly Dictionary<string, int> _unigrams;
    private readonly Dictionary<long, int> _bigrams;
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly double[] _slopes;
    private readonly double[] _offsets;
    private readonly bool _l2Normalized;
    private readonly int _slotCount;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _unigramLookup;

    /// <param name="weights">Slot-major weights: <c>weights[slot * T + type]</c>, T = <see cref="EventTypes.All"/>.Count.</param>
    public LinearEventScorer(EventTextNormalizer normalizer, Dictionary<string, int> unigrams, Dictionary<long, int> bigrams,
        float[] weights, float[] biases, double[] slopes, double[] offsets, bool l2Normalized)
    {
        int types = EventTypes.All.Count;
        if (biases.Length != types || slopes.Length != types || offsets.Length != types || weights.Length % types != 0)
            throw new ArgumentException($"Expected {types} biases and calibrators and {types} weights per slot.", nameof(weights));
        _normalizer = normalizer;
        _unigrams = unigrams;
        _unigramLookup = unigrams.GetAlternateLookup<ReadOnlySpan<char>>();
        _bigrams = bigrams;
        _weights = weights;
        _biases = biases;
        _slopes = slopes;
        _offsets = offsets;
        _l2Normalized = l2Normalized;
        _slotCount = weights.Length / types;
    }

    /// <summary>
    /// The key of the bigram of two unigram slots: <c>first × slots + second</c>, distinct for every pair and, below
    /// 2³² (any vocabulary under 65,536 slots), hashed by its own value, so lookups do not collide.
    /// </summary>
    internal EventTextNormalizer Normalizer => _normalizer;

    internal IReadOnlyDictionary<string, int> Unigrams => _unigrams;

    internal IReadOnlyDictionary<long, int> Bigrams => _bigrams;

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Biases => _biases;

    internal ReadOnlySpan<double> Slopes => _slopes;

    internal ReadOnlySpan<double> Offsets => _offsets;

    internal bool L2Normalized => _l2Normalized;

    public static long BigramKey(int first, int second, int slotCount) => (long)first * slotCount + second;

    /// <summary>The model's feature vector of <paramref name="featureText"/>: (slot, value) pairs in slot order.</summary>
    public List<(int Slot, float Value)> Features(string featureText)
    {
        var normalized = _normalizer.Normalize(featureText);
        var slots = new List<int>(normalized.Length / 3);
        int previous = -1;
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            var token = normalized.AsSpan(range);
            if (token.IsEmpty) continue;
            int slot = _unigramLookup.TryGetValue(token, out var s) ? s : -1;
            if (slot >= 0) slots.Add(slot);
            if (previous >= 0 && slot >= 0 && _bigrams.TryGetValue(BigramKey(previous, slot, _slotCount), out var bigram)) slots.Add(bigram);
            previous = slot;
        }
        // Term frequencies: each slot with the number of times it occurs, in slot order.
        slots.Sort();
        var features = new List<(int Slot, float Value)>(slots.Count);
        foreach (var slot in slots)
        {
            if (features.Count > 0 && features[^1].Slot == slot) features[^1] = (slot, features[^1].Value + 1);
            else features.Add((slot, 1));
        }
        if (_l2Normalized && features.Count > 0)
        {
            float sumSquares = 0;
            foreach (var (_, v) in features) sumSquares += v * v;
            float norm = MathF.Sqrt(sumSquares);
            if (norm > 0)
            {
                float scale = 1f / norm;
                for (int i = 0; i < features.Count; i++) features[i] = (features[i].Slot, features[i].Value * scale);
            }
        }
        return features;
    }

    /// <summary>
    /// The weight the model gives one token of feature text (a word, "stem_…") for the type at <paramref name="type"/>
    /// in <see cref="EventTypes.All"/>: how much the token alone moves the type's score; 0 for a token outside the vocabulary.
    /// </summary>
    public float WeightOf(string featureToken, int type)
    {
        var normalized = _normalizer.Normalize(featureToken);
        return _unigramLookup.TryGetValue(normalized.AsSpan(), out var slot) ? _weights[slot * _biases.Length + type] : 0f;
    }

    /// <summary>The calibrated probability of each event type, in <see cref="EventTypes.All"/> order.</summary>
    public float[] Probabilities(string featureText)
    {
        int types = _biases.Length;
        Span<float> dot = stackalloc float[types];
        dot.Clear();
        foreach (var (slot, value) in Features(featureText))
        {
            var row = _weights.AsSpan(slot * types, types);
            for (int t = 0; t < types; t++) dot[t] += row[t] * value;
        }
        var probabilities = new float[types];
        for (int t = 0; t < types; t++)
        {
            float score = _biases[t] + dot[t];
            probabilities[t] = (float)(1 / (1 + Math.Exp(_slopes[t] * score + _offsets[t])));
        }
        return probabilities;
    }
}
