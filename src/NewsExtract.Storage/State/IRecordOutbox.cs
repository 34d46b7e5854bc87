namespace NewsExtract.Storage.State;

/// <summary>
/// Port: the record outbox the JSON Lines feed is written from, and how far each feed file is committed. A record is
/// pending until <see cref="CommitFeed"/> marks it written to a file; the feed sequence is gap-free in commit order.
/// </summary>
public interface IRecordOutbox
{
    /// <summary>Records not yet in the feed, oldest first.</summary>
    IReadOnlyList<PendingRecord> Pending(int limit);

    /// <summary>Marks records as written to <paramref name="feedFile"/> and moves that file's committed length, atomically.</summary>
    void CommitFeed(string feedFile, IReadOnlyList<long> sequences, long committedBytes, long committedLines);

    /// <summary>The lines of the records committed to <paramref name="feedFile"/>, in the order they were appended.</summary>
    IReadOnlyList<string> CommittedLines(string feedFile);

    /// <summary>Sets a feed file's committed length after it was rebuilt from its committed records.</summary>
    void SetFeedFileLength(string feedFile, long committedBytes, long committedLines);

    /// <summary>Every feed file with its committed length in bytes and lines, by name.</summary>
    IReadOnlyList<FeedFileState> FeedFiles();

    /// <summary>Published records after feed sequence <paramref name="after"/>, in sequence order, at most <paramref name="limit"/>: a consumer's cursor.</summary>
    IReadOnlyList<FeedEntry> FeedAfter(long after, int limit);
}
