using Npgsql;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Storage;

/// <summary>
/// The state store contract on the PostgreSQL adapter, each test on a fresh database of a throwaway server; skipped
/// with the reason where the server binaries are absent. The queue's clock (<see cref="IHostWorkQueue.Now"/>) is the
/// server's, which every node reads lease and host times from.
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

    // The database server's clock, read on a connection of the test's own.
    protected override DateTimeOffset StoreClockNow()
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT clock_timestamp()", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.GetFieldValue<DateTimeOffset>(0);
    }
}
