namespace NewsExtract.Extraction.Events;

/// <summary>
/// Character spans of a document's items (the mentions of its entities, officials or dates), each with the index
/// of the item it belongs to, sorted by start, so the items inside one sentence are found by a binary search
/// instead of a scan of the whole document per sentence. Ties keep the items' own order.
/// </summary>
public sealed class SpanIndex
{
    private readonly (int Start, int End, int Item)[] _spans;

    private SpanIndex((int Start, int End, int Item)[] spans) => _spans = spans;

    /// <summary>Every span of every item, item by item in list order.</summary>
    public static SpanIndex Of<T>(IReadOnlyList<T> items, Func<T, IEnumerable<(int Start, int End)>> spansOf)
    {
        var spans = new List<(int Start, int End, int Item)>();
        for (int i = 0; i < items.Count; i++)
            foreach (var (start, end) in spansOf(items[i])) spans.Add((start, end, i));
        // A stable sort: spans that start together stay in item order, then in their own order.
        return new SpanIndex([.. spans.OrderBy(s => s.Start)]);
    }

    /// <summary>The spans lying wholly inside [<paramref name="start"/>, <paramref name="end"/>), by start.</summary>
    public IEnumerable<(int Start, int End, int Item)> Within(int start, int end)
    {
        int lo = 0, hi = _spans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < _spans.Length && _spans[i].Start <= end; i++)
            if (_spans[i].End <= end) yield return _spans[i];
    }

    /// <summary>The items with at least one span inside the range (and passing <paramref name="accept"/>), in item order.</summary>
    public List<int> ItemsWithin(int start, int end, Func<(int Start, int End), bool>? accept = null)
    {
        var items = new SortedSet<int>();
        foreach (var (s, e, item) in Within(start, end))
            if (accept is null || accept((s, e))) items.Add(item);
        return [.. items];
    }
}
