using Npgsql;
using static NewsExtract.Storage.Review.PostgresDatabase;

namespace NewsExtract.Storage.Review;

/// <summary>The cluster adapter of <see cref="IReviewAccounts"/>: reviewer accounts in the shared PostgreSQL database. Does not own the data source.</summary>
public sealed class PostgresReviewAccounts(NpgsqlDataSource dataSource) : IReviewAccounts
{
    public bool Any()
    {
        using var connection = dataSource.OpenConnection();
        return ReadAll(connection, null, "SELECT EXISTS (SELECT 1 FROM review_accounts)", r => r.GetBoolean(0))[0];
    }

    public void Save(string name, string secretHash, DateTimeOffset now)
    {
        using var connection = dataSource.OpenConnection();
        Execute(connection, null,
            """
            INSERT INTO review_accounts (name, secret_hash, created_at) VALUES (@name, @hash, @now)
            ON CONFLICT (name) DO UPDATE SET secret_hash = @hash
            """, ("name", name), ("hash", secretHash), ("now", now.ToUniversalTime()));
    }

    public string? SecretHash(string name)
    {
        using var connection = dataSource.OpenConnection();
        return ReadAll(connection, null, "SELECT secret_hash FROM review_accounts WHERE name = @name", r => r.GetString(0), ("name", name)).FirstOrDefault();
    }

    public IReadOnlyList<string> Names()
    {
        using var connection = dataSource.OpenConnection();
        return ReadAll(connection, null, "SELECT name FROM review_accounts ORDER BY name", r => r.GetString(0));
    }
}
