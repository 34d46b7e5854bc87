using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Storage;

/// <summary>The state store contract on the embedded SQLite adapter (always runs).</summary>
public sealed class SqliteStateStoreContractTests : StateStoreContract
{
    private readonly TempDirectory _dir = new();

    protected override IStateStore OpenStore() => new SqliteStateStore(_dir.File("state.db"));

    protected override DateTimeOffset StoreClockNow() => DateTimeOffset.UtcNow;

    public override void Dispose()
    {
        base.Dispose();
        _dir.Dispose();
    }
}
