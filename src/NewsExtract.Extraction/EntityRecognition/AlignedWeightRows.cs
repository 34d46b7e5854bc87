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
    {
        if (k <= 0 || slotMajor.Length % k != 0) throw new ArgumentException("Weights must hold K floats per slot.", nameof(slotMajor));
        int width = Vector<float>.Count;
        VectorsPerRow = (k + width - 1) / width;
        Stride = VectorsPerRow * width;
        TagCount = k;
        int slots = slotMajor.Length / k;
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
        for (int slot = 0; slot < slots; slot++)
            Array.Copy(slotMajor, slot * k, _storage, _offset + slot * Stride, k);
    }

    public int TagCount { get; }

    /// <summary>Floats per slot row (K rounded up to whole vectors).</summary>
    public int Stride { get; }

    public int VectorsPerRow { get; }

    /// <summary>Slot <c>s</c>'s row is <c>Vectors[s * VectorsPerRow .. (s + 1) * VectorsPerRow)</c>; lanes past K are zero.</summary>
    public ReadOnlySpan<Vector<float>> Vectors => MemoryMarshal.Cast<float, Vector<float>>(_storage.AsSpan(_offset, _length));
}
