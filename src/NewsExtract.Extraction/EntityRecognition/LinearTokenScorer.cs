using System.Numerics;
using System.Runtime.InteropServices;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Scores tokens with a multiclass linear model read straight from its weights: for each tag, the bias plus the
/// weights of the token's feature slots: unnormalised log-probabilities. (The softmax normaliser is the same for
/// every tag of a token, so the Viterbi path does not depend on it and it is not computed.) The weights come as
/// cache-line-aligned rows of whole vectors (<see cref="AlignedWeightRows"/>), summed in registers per token; each
/// tag's sum adds the same numbers in the same order as a plain loop would.
/// </summary>
public sealed class LinearTokenScorer
{
    private readonly AlignedWeightRows _rows;
    private readonly Vector<float>[] _biases;
    private readonly Vector<float>[] _accumulator;

    /// <param name="rows">The model's weight rows.</param>
    /// <param name="biases">One bias per tag.</param>
    public LinearTokenScorer(AlignedWeightRows rows, float[] biases)
    {
        if (biases.Length != rows.TagCount) throw new ArgumentException($"{rows.TagCount} tags but {biases.Length} biases.", nameof(biases));
        _rows = rows;
        var padded = new float[rows.Stride];
        biases.CopyTo(padded, 0);
        _biases = [.. MemoryMarshal.Cast<float, Vector<float>>(padded)];
        _accumulator = new Vector<float>[rows.VectorsPerRow];
    }

    public int TagCount => _rows.TagCount;

    /// <summary>Writes the K unnormalised log-probabilities of every token of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(FeatureBuffer features, Span<float> scores)
    {
        int k = _rows.TagCount, v = _rows.VectorsPerRow;
        var weights = _rows.Vectors;
        var accumulator = _accumulator.AsSpan();
        for (int i = 0; i < features.TokenCount; i++)
        {
            var slots = features.SlotsOf(i);
            if (v == 2)
            {
                // the common case (up to 16 tags with 8-float vectors): both halves stay in registers
                Vector<float> a0 = _biases[0], a1 = _biases[1];
                foreach (int slot in slots)
                {
                    int at = slot * 2;
                    a0 += weights[at];
                    a1 += weights[at + 1];
                }
                accumulator[0] = a0;
                accumulator[1] = a1;
            }
            else
            {
                _biases.CopyTo(accumulator);
                foreach (int slot in slots)
                {
                    var row = weights.Slice(slot * v, v);
                    for (int j = 0; j < v; j++) accumulator[j] += row[j];
                }
            }
            MemoryMarshal.Cast<Vector<float>, float>(accumulator)[..k].CopyTo(scores.Slice(i * k, k));
        }
    }
}
