namespace NewsExtract.Storage.State;

/// <summary>
/// Port: what the store remembers of every article (content fingerprint and revision) and the records it queued.
/// Saving an article's state and queueing its record is one transaction; a second record with the same
/// (article id, revision) is refused with <see cref="RecordConflictException"/> and changes nothing.
/// </summary>
public interface IArticleStates
{
    ArticleState? Find(string id);

    /// <summary>The latest article processed from this source under this key (a local file's path), if any.</summary>
    ArticleState? FindByKey(string source, string key);

    /// <summary>Records the article as processed at this fingerprint and revision and queues its record, atomically.</summary>
    void SaveProcessed(ArticleState state, string jsonLine, DateTimeOffset now);

    /// <summary>Remembers the fingerprint of an article extraction gave up on, with a failure, and no record, atomically.</summary>
    void SaveUnprocessable(ArticleState state, string input, string reason, DateTimeOffset now);

    long CountRecords();
}
