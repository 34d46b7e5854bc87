namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// The hashed feature slots of one sentence, flat: token <c>t</c>'s slots are
/// <c>Slots[Starts[t] .. Starts[t + 1])</c>. Reused across sentences; grows as needed.
/// </summary>
public sealed class FeatureBuffer
{
    private int[] _slots = new int[1024];
    private int[] _starts = new int[65];

    public int TokenCount { get; private set; }
    public int Count { get; private set; }

    public ReadOnlySpan<int> SlotsOf(int token) => _slots.AsSpan(_starts[token], _starts[token + 1] - _starts[token]);

    internal void Reset(int tokenCount)
    {
        if (_starts.Length < tokenCount + 1) Array.Resize(ref _starts, Math.Max(tokenCount + 1, _starts.Length * 2));
        TokenCount = tokenCount;
        Count = 0;
        _starts[0] = 0;
    }

    internal void Add(int slot)
    {
        if (Count == _slots.Length) Array.Resize(ref _slots, _slots.Length * 2);
        _slots[Count++] = slot;
    }

    internal void EndToken(int token) => _starts[token + 1] = Count;

    /// <summary>Where the slots of the token being filled (or of <paramref name="token"/>) begin.</summary>
    internal int StartOf(int token) => _starts[token];

    internal int SlotAt(int index) => _slots[index];
}
