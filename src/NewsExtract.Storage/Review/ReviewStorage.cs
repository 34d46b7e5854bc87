using Npgsql;

namespace NewsExtract.Storage.Review;

/// <summary>
/// The review's three ports on one engine, opened together: decisions (<see cref="IReviewStore"/>), the worker's
/// records (<see cref="IRecordQueries"/>) and reviewer accounts (<see cref="IReviewAccounts"/>) — in the worker's
/// SQLite file (<see cref="Sqlite"/>) or in the cluster's PostgreSQL database (<see cref="Postgres"/>), whose schema is
/// migrated on open. <see cref="Description"/> names where they are, for messages (never a password).
/// </summary>
public sealed class ReviewStorage : IDisposable
{
    private readonly IDisposable? _owned;

    private ReviewStorage(IReviewStore store, IRecordQueries records, IReviewAccounts accounts, string description, IDisposable? owned)
    {
        Store = store;
        Records = records;
        Accounts = accounts;
        Description = description;
        _owned = owned;
    }

    public IReviewStore Store { get; }
    public IRecordQueries Records { get; }
    public IReviewAccounts Accounts { get; }
    public string Description { get; }

    /// <summary>The review tables in the worker's SQLite state database (created, with the worker's, when missing).</summary>
    public static ReviewStorage Sqlite(string databasePath)
    {
        var store = new SqliteReviewStore(databasePath);
        return new ReviewStorage(store, new SqliteRecordQueries(store.DatabasePath), new SqliteReviewAccounts(store.DatabasePath),
            $"database {store.DatabasePath}", owned: null);
    }

    /// <summary>The review tables in the cluster's PostgreSQL database, its schema migrated to this build's version.</summary>
    public static ReviewStorage Postgres(string connectionString)
    {
        var dataSource = PostgresDatabase.Open(connectionString);
        var where = new NpgsqlConnectionStringBuilder(connectionString);
        return new ReviewStorage(new PostgresReviewStore(dataSource), new PostgresRecordQueries(dataSource), new PostgresReviewAccounts(dataSource),
            $"PostgreSQL database {where.Database} on {where.Host}:{where.Port}", dataSource);
    }

    public void Dispose() => _owned?.Dispose();
}
