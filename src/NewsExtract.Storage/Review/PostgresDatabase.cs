using Npgsql;
using NewsExtract.Storage.State;

namespace NewsExtract.Storage.Review;

/// <summary>
/// The review store's access to the cluster's PostgreSQL database: a pooled data source (each call takes its own
/// connection, so it is safe from concurrent requests), the schema migrated at open (<see cref="PostgresSchema"/>,
/// the same versioned migrations the worker applies), and the per-article review lock.
/// </summary>
internal static class PostgresDatabase
{
    /// <summary>Opens a pooled data source on the database and migrates its schema; the caller disposes it.</summary>
    public static NpgsqlDataSource Open(string connectionString)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            PostgresSchema.Apply(dataSource);
            return dataSource;
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
    }

    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static int Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static List<T> ReadAll<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Func<NpgsqlDataReader, T> read,
        params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var items = new List<T>();
        while (reader.Read()) items.Add(read(reader));
        return items;
    }

    /// <summary>
    /// Holds the article's review lock until the transaction ends: a decision, an undo, a role change and a publication
    /// of the same article wait for each other (what SQLite's single writer gives the other adapter), so a publication
    /// sees every change committed before it and a change made meanwhile is journalled after it.
    /// </summary>
    public static void LockReview(NpgsqlConnection connection, NpgsqlTransaction transaction, string recordId) =>
        Execute(connection, transaction, "SELECT pg_advisory_xact_lock(@class, hashtext(@id))",
            ("class", PostgresSchema.ReviewLockClass), ("id", recordId));

    public static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
