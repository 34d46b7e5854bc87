using NewsExtract.Storage.Review;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>
/// The review store contract on the PostgreSQL adapter, each test on a fresh database of a throwaway server; skipped
/// with the reason where the server binaries are absent.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresReviewStoreContractTests(ThrowawayPostgres server) : ReviewStoreContract
{
    private string? _connectionString;

    protected override IStateStore OpenStateStore() => new PostgresStateStore(ConnectionString());

    protected override ReviewStorage OpenReviewStorage() => ReviewStorage.Postgres(ConnectionString());

    private string ConnectionString()
    {
        Skip.If(server.Problem is not null, server.Problem);
        return _connectionString ??= server.CreateDatabase();
    }
}
