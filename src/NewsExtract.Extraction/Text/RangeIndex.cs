namespace NewsExtract.Extraction.Text;

/// <summary>
/// Character ranges sorted by start, with the running maximum of their ends, so the ranges touching one sentence
/// or covering one offset are found by binary search rather than by a scan of every range in the document.
/// </summary>
internal sealed class RangeIndex
{
    private readonly (int Start, int End, int Order)[] _sorted;
    private readonly int[] _maxEndSoFar;

    public RangeIndex(IReadOnlyList<(int Start, int End)> ranges)
    {
        _sorted = [.. ranges.Select((r, i) => (r.Start, r.End, i)).OrderBy(r => r.Start)];
        _maxEndSoFar = new int[_sorted.Length];
        int max = int.MinValue;
        for (int i = 0; i < _sorted.Length; i++) _maxEndSoFar[i] = max = Math.Max(max, _sorted[i].End);
    }

    /// <summary>The ranges that overlap [<paramref name="start"/>, <paramref name="end"/>), in their original order.</summary>
    public List<(int Start, int End)> Overlapping(int start, int end)
    {
        var found = new List<(int Start, int End, int Order)>();
        for (int i = FirstEndingAfter(start); i < _sorted.Length && _sorted[i].Start < end; i++)
            if (_sorted[i].End > start) found.Add(_sorted[i]);
        found.Sort((a, b) => a.Order.CompareTo(b.Order));
        return [.. found.Select(r => (r.Start, r.End))];
    }

    /// <summary>The first range, in the original order, that overlaps [<paramref name="start"/>, <paramref name="end"/>), else null.</summary>
    public (int Start, int End)? FirstOverlapping(int start, int end)
    {
        (int Start, int End, int Order)? first = null;
        for (int i = FirstEndingAfter(start); i < _sorted.Length && _sorted[i].Start < end; i++)
            if (_sorted[i].End > start && (first is null || _sorted[i].Order < first.Value.Order)) first = _sorted[i];
        return first is { } f ? (f.Start, f.End) : null;
    }

    /// <summary>Whether some range overlaps [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool Overlaps(int start, int end)
    {
        for (int i = FirstEndingAfter(start); i < _sorted.Length && _sorted[i].Start < end; i++)
            if (_sorted[i].End > start) return true;
        return false;
    }

    /// <summary>Whether some range has Start ≤ <paramref name="offset"/> &lt; End.</summary>
    public bool Covers(int offset)
    {
        int lo = 0, hi = _sorted.Length; // count of ranges starting at or before offset
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sorted[mid].Start <= offset) lo = mid + 1; else hi = mid;
        }
        return lo > 0 && _maxEndSoFar[lo - 1] > offset;
    }

    // The running maximum of ends only grows, so the first range that may reach past `start` is found by bisection.
    private int FirstEndingAfter(int start)
    {
        int lo = 0, hi = _sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_maxEndSoFar[mid] <= start) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
