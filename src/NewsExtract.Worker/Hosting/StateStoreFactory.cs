using NewsExtract.Storage.State;

namespace NewsExtract.Worker.Hosting;

/// <summary>Opens the state store the settings choose (<c>NewsExtract:Store</c>), migrating its schema.</summary>
public static class StateStoreFactory
{
    public static IStateStore Open(WorkerOptions options) =>
        options.UsesPostgres
            ? new PostgresStateStore(options.ConnectionString!)
            : new SqliteStateStore(options.StateDatabasePath);
}
