namespace NewsExtract.Extraction.Text;

/// <summary>
/// A growing set of character ranges that never overlap one another, kept sorted by start, so whether a new range
/// overlaps one already taken is answered by binary search instead of a scan of every range taken so far.
/// </summary>
internal sealed class DisjointRanges
{
    private readonly List<(int Start, int End)> _sorted = [];

    /// <summary>Whether some range in the set overlaps [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool Overlaps(int start, int end)
    {
        // ranges are disjoint and sorted, so their ends are sorted too: the first range ending after start is the only candidate
        int lo = 0, hi = _sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sorted[mid].End <= start) lo = mid + 1; else hi = mid;
        }
        return lo < _sorted.Count && _sorted[lo].Start < end && _sorted[lo].End > start;
    }

    /// <summary>Adds a range that overlaps none in the set (callers check <see cref="Overlaps"/> first).</summary>
    public void Add(int start, int end)
    {
        if (Overlaps(start, end)) throw new InvalidOperationException($"[{start}, {end}) overlaps a range already in the set.");
        int lo = 0, hi = _sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sorted[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        _sorted.Insert(lo, (start, end));
    }
}
