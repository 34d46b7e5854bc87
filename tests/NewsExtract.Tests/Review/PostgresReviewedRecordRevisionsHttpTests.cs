using NewsExtract.Storage.Review;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>
/// Reviewed records reaching the cluster's feed outbox over HTTP, the review server on a fresh database of a throwaway
/// PostgreSQL server (cluster mode); skipped with the reason where the server binaries are absent.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresReviewedRecordRevisionsHttpTests(ThrowawayPostgres server) : ReviewedRecordRevisionsHttpContract
{
    private string? _connectionString;

    private string ConnectionString()
    {
        Skip.If(server.Problem is not null, server.Problem);
        return _connectionString ??= server.CreateDatabase();
    }

    protected override IStateStore OpenState() => new PostgresStateStore(ConnectionString());

    protected override ReviewStorage OpenStorage() => ReviewStorage.Postgres(ConnectionString());

    protected override Task<ProxyReviewerSession> StartSessionAsync() => ProxyReviewerSession.StartAsync(null, ConnectionString());
}
