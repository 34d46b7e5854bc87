namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Finds the highest-scoring tag sequence of a sentence under IOB2 constraints: it never emits an <c>I-T</c> that
/// does not continue a <c>B-T</c>/<c>I-T</c>. Scores are per-token log-probabilities; with transition scores (a
/// start row, then a row per previous tag) each step also adds the score of going from the previous tag to this one,
/// so a span's continuation is weighed against starting a new one. Buffers are reused.
/// </summary>
public sealed class ViterbiDecoder
{
    private readonly NerLabelSet _labels;
    private readonly int _k;
    private readonly int[] _insideBegin;
    private readonly float[]? _transitions;
    private float[] _best = new float[256];
    private int[] _back = new int[256];

    /// <param name="transitions">Null, or (1 + K) × K scores: row 0 from the sentence start, row 1 + p after tag p.</param>
    public ViterbiDecoder(NerLabelSet labels, float[]? transitions = null)
    {
        if (transitions is not null && transitions.Length != (labels.Count + 1) * labels.Count)
            throw new ArgumentException($"Transitions must hold (1 + {labels.Count}) × {labels.Count} scores.", nameof(transitions));
        _transitions = transitions;
        _labels = labels;
        _k = labels.Count;
        // For each I-T tag the index of its B-T (the only other tag it may follow), -1 for O and B- tags.
        _insideBegin = new int[_k];
        for (int t = 0; t < _k; t++)
            _insideBegin[t] = labels.IsInside(t) ? NerLabelSet.BeginOf(labels.TypeOf(t)) : -1;
    }

    /// <summary>
    /// Decodes <paramref name="tokenCount"/> tokens whose scores are <c>scores[i * K + tag]</c> into
    /// <paramref name="tags"/>.
    /// </summary>
    public void Decode(ReadOnlySpan<float> scores, int tokenCount, Span<int> tags)
    {
        int k = _k;
        int n = tokenCount;
        if (n == 0) return;
        if (_best.Length < n * k)
        {
            _best = new float[Math.Max(n * k, _best.Length * 2)];
            _back = new int[_best.Length];
        }
        var best = _best.AsSpan(0, n * k);
        var back = _back.AsSpan(0, n * k);

        for (int t = 0; t < k; t++)
        {
            best[t] = _labels.CanFollow(-1, t) ? scores[t] + (_transitions?[t] ?? 0f) : float.NegativeInfinity;
            back[t] = -1;
        }
        if (_transitions is not null) ForwardWithTransitions(scores, n, best, back, _transitions);
        else ForwardWithoutTransitions(scores, n, best, back);
        int last = (n - 1) * k;
        int tag = 0;
        float top = float.NegativeInfinity;
        for (int t = 0; t < k; t++)
        {
            if (best[last + t] > top)
            {
                top = best[last + t];
                tag = t;
            }
        }
        for (int i = n - 1; i >= 0; i--)
        {
            tags[i] = tag;
            if (i > 0) tag = back[i * k + tag];
        }
    }

    private void ForwardWithTransitions(ReadOnlySpan<float> scores, int n, Span<float> best, Span<int> back, float[] transitions)
    {
        int k = _k;
        for (int i = 1; i < n; i++)
        {
            int row = i * k, prevRow = row - k;
            for (int t = 0; t < k; t++)
            {
                float bestScore = float.NegativeInfinity;
                int bestPrev = 0;
                for (int p = 0; p < k; p++)
                {
                    if (_insideBegin[t] >= 0 && p != t && p != _insideBegin[t]) continue;
                    float candidate = best[prevRow + p] + transitions[(1 + p) * k + t];
                    if (candidate > bestScore)
                    {
                        bestScore = candidate;
                        bestPrev = p;
                    }
                }
                best[row + t] = bestScore + scores[row + t];
                back[row + t] = bestPrev;
            }
        }
    }

    private void ForwardWithoutTransitions(ReadOnlySpan<float> scores, int n, Span<float> best, Span<int> back)
    {
        int k = _k;
        for (int i = 1; i < n; i++)
        {
            int row = i * k, prevRow = row - k;
            // O and B-T may follow any tag: they share the best previous tag of the whole row.
            float rowBest = float.NegativeInfinity;
            int rowArg = 0;
            for (int p = 0; p < k; p++)
            {
                if (best[prevRow + p] > rowBest)
                {
                    rowBest = best[prevRow + p];
                    rowArg = p;
                }
            }
            for (int t = 0; t < k; t++)
            {
                float bestScore;
                int bestPrev;
                if (_insideBegin[t] < 0)
                {
                    bestScore = rowBest;
                    bestPrev = rowArg;
                }
                else
                {
                    // I-T may only follow B-T or I-T.
                    int b = _insideBegin[t];
                    float sb = best[prevRow + b], si = best[prevRow + t];
                    if (si > sb)
                    {
                        bestScore = si;
                        bestPrev = t;
                    }
                    else
                    {
                        bestScore = sb;
                        bestPrev = b;
                    }
                }
                best[row + t] = bestScore + scores[row + t];
                back[row + t] = bestPrev;
            }
        }
    }
}
