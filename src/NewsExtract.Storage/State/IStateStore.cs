namespace NewsExtract.Storage.State;

/// <summary>
/// The worker's whole state behind its ports, one adapter per engine: <see cref="SqliteStateStore"/> for one machine
/// (the embedded default) and <see cref="PostgresStateStore"/> for a cluster sharing one PostgreSQL.
/// </summary>
public interface IStateStore : IArticleStates, IRecordOutbox, IFailureLog, ICrawlFrontier, ISourceRunLog, IHostWorkQueue, IHostTurns, ILeadership, INodeRegistry, IDisposable
{
    /// <summary>The schema version the store was migrated to at open.</summary>
    int SchemaVersion { get; }
}
