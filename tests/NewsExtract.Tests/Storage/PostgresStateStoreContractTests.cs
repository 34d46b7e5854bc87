using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Storage;

/// <summary>
/// The state store contract on the PostgreSQL adapter, each test on a fresh database of a throwaway server; skipped
/// with the reason where the server binaries are absent.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStateStoreContractTests(ThrowawayPostgres server) : StateStoreContract
{
    private string? _connectionString;

    protected override IStateStore OpenStore()
    {
        Skip.If(server.Problem is not null, server.Problem);
        _connectionString ??= server.CreateDatabase();
        return new PostgresStateStore(_connectionString);
    }
}
