using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// The start of an official's latest mention that ends at or before a position, for positions asked in text order
/// (nominal references are read from the start of the text): mentions are released from a queue ordered by their
/// end as the position passes them, so each is looked at once. A position asked out of order is answered by a scan
/// of every mention, with the same result.
/// </summary>
internal sealed class LatestMentionBefore
{
    private readonly List<Mention> _all;
    private readonly PriorityQueue<int, int> _pending = new(); // start, by end
    private int _position = int.MinValue;
    private int _latest = -1;

    public LatestMentionBefore(IEnumerable<Mention> mentions)
    {
        _all = [.. mentions];
        foreach (var m in _all) _pending.Enqueue(m.Start, m.End);
    }

    public void Add(Mention mention)
    {
        _all.Add(mention);
        if (mention.End <= _position) _latest = Math.Max(_latest, mention.Start);
        else _pending.Enqueue(mention.Start, mention.End);
    }

    /// <summary>The greatest start of a mention with end ≤ <paramref name="position"/>, else -1.</summary>
    public int StartBefore(int position)
    {
        if (position < _position)
            return _all.Where(m => m.End <= position).Select(m => m.Start).DefaultIfEmpty(-1).Max();
        _position = position;
        while (_pending.TryPeek(out int start, out int end) && end <= position)
        {
            _pending.Dequeue();
            _latest = Math.Max(_latest, start);
        }
        return _latest;
    }
}
