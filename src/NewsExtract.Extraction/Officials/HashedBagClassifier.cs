namespace NewsExtract.Extraction.Officials;

/// <summary>
/// One officials classifier scored from its weights: the feature text split on spaces, each token counted in its
/// <see cref="HashedTokenBag"/> slot, the bias plus the weighted counts (summed as ML.NET sums them,
/// <see cref="MlNetSparseDot"/>) through the Platt calibrator. Built by <see cref="HashedBagClassifierReader"/> or
/// read by <see cref="OfficialsScorerFile"/>; immutable and safe to share across threads.
/// </summary>
public sealed class HashedBagClassifier
{
    private readonly float[] _weights;

    /// <param name="weights">One weight per slot: 2^<paramref name="bits"/> of them.</param>
    public HashedBagClassifier(int bits, float[] weights, float bias, double slope, double offset)
    {
        if (bits is < 1 or > 30 || weights.Length != 1 << bits) throw new ArgumentException($"A bag of {bits} bits needs {1L << bits} weights, not {weights.Length}.", nameof(weights));
        Bits = bits;
        _weights = weights;
        Bias = bias;
        Slope = slope;
        Offset = offset;
    }

    public int Bits { get; }

    public float Bias { get; }

    public double Slope { get; }

    public double Offset { get; }

    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>The slots of the feature text's tokens with their counts, in slot order.</summary>
    public List<(int Slot, float Count)> Bag(string features)
    {
        var slots = new List<int>();
        foreach (var range in features.AsSpan().Split(' '))
        {
            var token = features.AsSpan(range);
            if (!token.IsEmpty) slots.Add(HashedTokenBag.Slot(token, Bits));
        }
        slots.Sort();
        var bag = new List<(int Slot, float Count)>(slots.Count);
        foreach (var slot in slots)
        {
            if (bag.Count > 0 && bag[^1].Slot == slot) bag[^1] = (slot, bag[^1].Count + 1);
            else bag.Add((slot, 1));
        }
        return bag;
    }

    /// <summary>The uncalibrated score of the feature text.</summary>
    public float Score(string features)
    {
        var bag = Bag(features);
        Span<int> slots = bag.Count <= 256 ? stackalloc int[bag.Count] : new int[bag.Count];
        Span<float> counts = bag.Count <= 256 ? stackalloc float[bag.Count] : new float[bag.Count];
        for (int i = 0; i < bag.Count; i++) (slots[i], counts[i]) = bag[i];
        return Bias + MlNetSparseDot.Dot(_weights, slots, counts);
    }

    /// <summary>The calibrated probability of the feature text.</summary>
    public float Probability(string features) => (float)(1 / (1 + Math.Exp(Slope * Score(features) + Offset)));
}
