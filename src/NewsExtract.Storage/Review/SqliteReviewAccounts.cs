using System.Globalization;

namespace NewsExtract.Storage.Review;

/// <summary>The one-machine adapter of <see cref="IReviewAccounts"/>: reviewer accounts in the worker's SQLite state database.</summary>
public sealed class SqliteReviewAccounts(string databasePath) : IReviewAccounts
{
    private readonly string _databasePath = Path.GetFullPath(databasePath);

    public bool Any()
    {
        using var connection = SqliteDatabase.Open(_databasePath);
        using var command = SqliteDatabase.Command(connection, "SELECT EXISTS (SELECT 1 FROM review_accounts)");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>Adds the account or replaces its secret's hash.</summary>
    public void Save(string name, string secretHash, DateTimeOffset now)
    {
        using var connection = SqliteDatabase.Open(_databasePath);
        using var command = SqliteDatabase.Command(connection,
            """
            INSERT INTO review_accounts (name, secret_hash, created_at) VALUES ($name, $hash, $now)
            ON CONFLICT(name) DO UPDATE SET secret_hash = $hash
            """,
            ("$name", name), ("$hash", secretHash), ("$now", now.ToString("O")));
        command.ExecuteNonQuery();
    }

    public string? SecretHash(string name)
    {
        using var connection = SqliteDatabase.Open(_databasePath);
        using var command = SqliteDatabase.Command(connection, "SELECT secret_hash FROM review_accounts WHERE name = $name", ("$name", name));
        return command.ExecuteScalar() as string;
    }

    public IReadOnlyList<string> Names()
    {
        using var connection = SqliteDatabase.Open(_databasePath);
        using var command = SqliteDatabase.Command(connection, "SELECT name FROM review_accounts ORDER BY name");
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }
}
