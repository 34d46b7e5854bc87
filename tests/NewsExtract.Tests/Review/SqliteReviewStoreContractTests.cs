using NewsExtract.Storage.Review;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>The review store contract on the embedded SQLite adapter (always runs).</summary>
public sealed class SqliteReviewStoreContractTests : ReviewStoreContract
{
    private readonly TempDirectory _dir = new();

    protected override IStateStore OpenStateStore() => new SqliteStateStore(_dir.File("state.db"));

    protected override ReviewStorage OpenReviewStorage() => ReviewStorage.Sqlite(_dir.File("state.db"));

    public override void Dispose()
    {
        base.Dispose();
        _dir.Dispose();
    }
}
