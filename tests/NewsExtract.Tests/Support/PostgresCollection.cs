using NewsExtract.Storage.State;

namespace NewsExtract.Tests.Support;

/// <summary>The test classes that share one <see cref="ThrowawayPostgres"/> server (each test gets its own database on it).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<ThrowawayPostgres>
{
    public const string Name = "postgres";
}
