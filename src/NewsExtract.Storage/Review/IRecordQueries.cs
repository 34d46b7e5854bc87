namespace NewsExtract.Storage.Review;

/// <summary>
/// Port: reads the records the worker stored (reviewed records the review published to the feed left out): the
/// latest revision of each, searched, filtered and paged for the review list, or one record by id and revision.
/// Adapters: <see cref="SqliteRecordQueries"/>, <see cref="PostgresRecordQueries"/>.
/// </summary>
public interface IRecordQueries
{
    RecordPage List(RecordFilter filter);

    /// <summary>The record at <paramref name="revision"/>, or at its latest revision when null; null when unknown.</summary>
    StoredRecord? Find(string id, int? revision = null);

    /// <summary>The source names present, for the list's filter (ordinal order).</summary>
    IReadOnlyList<string> Sources();
}
