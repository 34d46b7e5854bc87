namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Scores tokens with a multiclass linear model read straight from its weights: for each tag, the bias plus the
/// weights of the token's feature slots, then a log-softmax. Weights are laid out slot-major (the K tag weights of a
/// slot are adjacent) so each feature touches one short contiguous row.
/// </summary>
public sealed class LinearTokenScorer
{
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly int _k;

    /// <param name="weights">Slot-major weights: <c>weights[slot * K + tag]</c>.</param>
    /// <param name="biases">One bias per tag.</param>
    public LinearTokenScorer(float[] weights, float[] biases)
    {
        _k = biases.Length;
        if (_k == 0 || weights.Length % _k != 0)
            throw new ArgumentException("Weights must hold K floats per slot, K = number of biases.", nameof(weights));
        _weights = weights;
        _biases = biases;
    }

    public int TagCount => _k;

    /// <summary>Writes the K log-probabilities of every token of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(FeatureBuffer features, Span<float> scores)
    {
        int k = _k;
        var weights = _weights.AsSpan();
        for (int i = 0; i < features.TokenCount; i++)
        {
            var row = scores.Slice(i * k, k);
            _biases.AsSpan().CopyTo(row);
            var slots = features.SlotsOf(i);
            for (int f = 0; f < slots.Length; f++)
            {
                var w = weights.Slice(slots[f] * k, k);
                for (int c = 0; c < k; c++) row[c] += w[c];
            }
            float max = float.NegativeInfinity;
            for (int c = 0; c < k; c++) if (row[c] > max) max = row[c];
            float sum = 0;
            for (int c = 0; c < k; c++) sum += MathF.Exp(row[c] - max);
            float logZ = max + MathF.Log(sum);
            for (int c = 0; c < k; c++) row[c] -= logZ;
        }
    }
}
