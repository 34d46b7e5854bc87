using System.Runtime.Intrinsics.X86;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// The dot product of a dense weight vector with a sparse feature vector, summed in the order ML.NET's CPU math sums it
/// on this machine, so a linear model scored here gives the very float ML.NET gives: under 16 features one by one;
/// otherwise (AVX) eight lanes over blocks of eight, fused multiply-adds where the CPU has them, the lanes added
/// pairwise, then one block of four added pairwise, then the rest one by one; without AVX, four lanes over blocks of
/// four, added pairwise, then the rest one by one.
/// </summary>
public static class MlNetSparseDot
{
    private const int SequentialBelow = 16;

    public static float Dot(ReadOnlySpan<float> weights, ReadOnlySpan<int> slots, ReadOnlySpan<float> values)
    {
        int count = slots.Length;
        if (count < SequentialBelow || !Sse.IsSupported)
        {
            float sum = 0;
            for (int i = 0; i < count; i++) sum += weights[slots[i]] * values[i];
            return sum;
        }
        return Avx.IsSupported ? EightLanes(weights, slots, values) : FourLanes(weights, slots, values);
    }

    private static float EightLanes(ReadOnlySpan<float> weights, ReadOnlySpan<int> slots, ReadOnlySpan<float> values)
    {
        int count = slots.Length, at = 0;
        Span<float> lanes = stackalloc float[8];
        lanes.Clear();
        for (; at + 8 <= count; at += 8)
            for (int l = 0; l < 8; l++)
                lanes[l] = Fma.IsSupported
                    ? MathF.FusedMultiplyAdd(values[at + l], weights[slots[at + l]], lanes[l])
                    : values[at + l] * weights[slots[at + l]] + lanes[l];
        float blocks = lanes[0] + lanes[1] + (lanes[2] + lanes[3]) + (lanes[4] + lanes[5] + (lanes[6] + lanes[7]));
        float rest = 0;
        if (at + 4 <= count)
        {
            rest = PairwiseSum(weights[slots[at]] * values[at], weights[slots[at + 1]] * values[at + 1], weights[slots[at + 2]] * values[at + 2], weights[slots[at + 3]] * values[at + 3]);
            at += 4;
        }
        for (; at < count; at++) rest += weights[slots[at]] * values[at];
        return rest + blocks;
    }

    private static float FourLanes(ReadOnlySpan<float> weights, ReadOnlySpan<int> slots, ReadOnlySpan<float> values)
    {
        int count = slots.Length, at = 0;
        Span<float> lanes = stackalloc float[4];
        lanes.Clear();
        for (; at + 4 <= count; at += 4)
            for (int l = 0; l < 4; l++) lanes[l] += weights[slots[at + l]] * values[at + l];
        float sum = PairwiseSum(lanes[0], lanes[1], lanes[2], lanes[3]);
        for (; at < count; at++) sum += weights[slots[at]] * values[at];
        return sum;
    }

    /// <summary>Four lanes added as ML.NET adds a 128-bit vector's lanes: by horizontal adds with SSE3, else high half onto low.</summary>
    private static float PairwiseSum(float a, float b, float c, float d) => Sse3.IsSupported ? a + b + (c + d) : a + c + (b + d);
}
