using NewsExtract.Storage.Review;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>Reviewed records reaching the feed over HTTP, on the worker's SQLite state database (always runs).</summary>
public sealed class SqliteReviewedRecordRevisionsHttpTests : ReviewedRecordRevisionsHttpContract
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("state.db");

    protected override IStateStore OpenState() => new SqliteStateStore(Db);

    protected override ReviewStorage OpenStorage() => ReviewStorage.Sqlite(Db);

    protected override Task<ProxyReviewerSession> StartSessionAsync() => ProxyReviewerSession.StartAsync(Db);

    protected override void Cleanup() => _dir.Dispose();
}
