namespace NewsExtract.Storage.State;

/// <summary>
/// Port: the URL frontier (discovered article URLs not yet processed) and the HTTP validators of fetched URLs.
/// <see cref="CompletePage"/> commits the article, its record, the validators and the URL's removal (its lease's
/// release) in one transaction.
/// </summary>
public interface ICrawlFrontier
{
    /// <summary>Queues a discovered article URL; false when it is already queued.</summary>
    bool Enqueue(string sourceName, string url, DateTimeOffset now);

    /// <summary>
    /// Queues a discovered URL unless its page was fetched since the caller judged it due: the page's fetch time must
    /// still be <paramref name="seenFetchedAt"/> (what the caller read with <see cref="FindPage"/>; null when there was
    /// no page). Atomic against <see cref="CompletePage"/> of the same URL, so a URL another node fetched and completed
    /// meanwhile is not queued (and fetched) again. False when not queued: already queued, or fetched meanwhile.
    /// </summary>
    bool EnqueueUnlessFetchedSince(string sourceName, string url, DateTimeOffset? seenFetchedAt, DateTimeOffset now);

    /// <summary>The queued URLs of a source (every source when null): never-tried ones first, then by fewest attempts, oldest first.</summary>
    IReadOnlyList<FrontierItem> Frontier(string? sourceName = null, int limit = int.MaxValue);

    /// <summary>The validators and article of a fetched URL, or null when it was never fetched to completion.</summary>
    PageState? FindPage(string url);

    /// <summary>Remembers a fetched URL's validators (used for feeds and sitemaps, whose links are queued first).</summary>
    void SavePage(PageState page);

    /// <summary>
    /// Finishes a queued URL in one transaction: the article and its record (when given), the page's validators (also
    /// under the queued URL when the page was reached under another one), the URL's removal from the frontier and its
    /// earlier failures. Throws <see cref="RecordConflictException"/>, committing nothing, when the record's
    /// (id, revision) is already stored.
    /// </summary>
    void CompletePage(string frontierUrl, PageState page, ArticleState? article, string? jsonLine, DateTimeOffset now);

    /// <summary>
    /// Records a failed URL and releases its lease. A permanent failure, or one that reached
    /// <paramref name="maxAttempts"/>, leaves the frontier and is parked with its reason (see
    /// <see cref="IFailureLog.IsDropped"/>); a transient one stays queued. Returns true when the URL was parked.
    /// </summary>
    bool FailPage(string sourceName, string url, string reason, bool permanent, int maxAttempts, DateTimeOffset now);
}
