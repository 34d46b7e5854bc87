using System.Numerics;
using System.Runtime.InteropServices;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// A linear model's slot-major weights laid out for scoring: each slot's K tag weights padded with zeros to whole SIMD
/// vectors, and the rows aligned to 64-byte cache lines, so one feature costs one cache line (15 tags: 60 bytes, which
/// unpadded straddle two lines in most rows) and whole-vector adds. Built once per model; read-only afterwards.
/// </summary>
public sealed class AlignedWeightRows
{
    private const int CacheLine = 64;

    private readonly float[] _storage;
    private readonly int _offset;
    private readonly int _length;

    public AlignedWeightRows(float[] slotMajor, int k)
        : this(k > 0 && slotMajor.Length % k == 0 ? slotMajor.Length / k : throw new ArgumentException("Weights must hold K floats per slot.", nameof(slotMajor)), k)
    {
        for (int slot = 0; slot < SlotCount; slot++)
            Array.Copy(slotMajor, slot * k, _storage, _offset + slot * Stride, k);
    }

    /// <summary>All-zero rows for <paramref name="slots"/> slots of <paramref name="k"/> tags, to be filled with <see cref="WritableRow"/>.</summary>
    public AlignedWeightRows(int slots, int k)
    {
        if (k <= 0 || slots < 0) throw new ArgumentException("Weights need at least one tag and no negative slot count.");
        int width = Vector<float>.Count;
        VectorsPerRow = (k + width - 1) / width;
        Stride = VectorsPerRow * width;
        TagCount = k;
        _length = slots * Stride;
        // on the pinned heap the array never moves, so an offset that aligns its start now aligns it for good
        _storage = GC.AllocateArray<float>(_length + CacheLine / sizeof(float), pinned: true);
        var handle = GCHandle.Alloc(_storage, GCHandleType.Pinned);
        try
        {
            int misalignment = (int)(handle.AddrOfPinnedObject() % CacheLine);
            _offset = misalignment == 0 ? 0 : (CacheLine - misalignment) / sizeof(float);
        }
        finally
        {
            handle.Free();
        }
    }

    public int TagCount { get; }

    /// <summary>Feature slots (rows).</summary>
    public int SlotCount => _length / Stride;

    /// <summary>Slot <paramref name="slot"/>'s weights for filling while a model loads (the rows are read-only once scoring starts).</summary>
    internal Span<float> WritableRow(int slot) => _storage.AsSpan(_offset + slot * Stride, TagCount);

    /// <summary>Slot <paramref name="slot"/>'s <see cref="TagCount"/> weights.</summary>
    public ReadOnlySpan<float> Row(int slot) => _storage.AsSpan(_offset + slot * Stride, TagCount);

    /// <summary>Floats per slot row (K rounded up to whole vectors).</summary>
    public int Stride { get; }

    public int VectorsPerRow { get; }

    /// <summary>Slot <c>s</c>'s row is <c>Vectors[s * VectorsPerRow .. (s + 1) * VectorsPerRow)</c>; lanes past K are zero.</summary>
    public ReadOnlySpan<Vector<float>> Vectors => MemoryMarshal.Cast<float, Vector<float>>(_storage.AsSpan(_offset, _length));
}
