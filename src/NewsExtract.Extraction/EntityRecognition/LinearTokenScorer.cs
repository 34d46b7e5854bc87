using System.Numerics;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Scores tokens with a multiclass linear model read straight from its weights: for each tag, the bias plus the
/// weights of the token's feature slots: unnormalised log-probabilities. (The softmax normaliser is the same for
/// every tag of a token, so the Viterbi path does not depend on it and it is not computed.) Weights are laid out slot-major (the K tag weights of a
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

    /// <summary>Writes the K unnormalised log-probabilities of every token of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(FeatureBuffer features, Span<float> scores)
    {
        int k = _k;
        var weights = _weights.AsSpan();
        for (int i = 0; i < features.TokenCount; i++)
        {
            var row = scores.Slice(i * k, k);
            _biases.AsSpan().CopyTo(row);
            var slots = features.SlotsOf(i);
            int vectorWidth = Vector<float>.Count;
            int vectorEnd = k >= vectorWidth ? k - k % vectorWidth : 0;
            for (int f = 0; f < slots.Length; f++)
            {
                var w = weights.Slice(slots[f] * k, k);
                int c = 0;
                for (; c < vectorEnd; c += vectorWidth)
                    (new Vector<float>(row[c..]) + new Vector<float>(w[c..])).CopyTo(row[c..]);
                for (; c < k; c++) row[c] += w[c];
            }
        }
    }
}
