using Microsoft.Extensions.Configuration;

namespace NewsExtract.Worker.Hosting;

/// <summary>
/// Which review store the review verbs (<c>review</c>, <c>review add-reviewer</c>, <c>export reviews</c>,
/// <c>train ner --include-reviews</c>) use, chosen as <c>run</c> chooses the state store: <c>NewsExtract:Store</c> and
/// <c>ConnectionStrings:NewsExtract</c> from appsettings.json beside the executable, then the environment
/// (<c>NewsExtract__Store=postgres</c>, <c>ConnectionStrings__NewsExtract=Host=…</c>). With <c>postgres</c> the
/// cluster's database is used and the SQLite path (<c>--db</c>) is not read.
/// </summary>
public static class ReviewStoreSelection
{
    /// <summary>The PostgreSQL connection string in cluster mode, or null for the SQLite file; <paramref name="error"/> (one line) when the settings are wrong.</summary>
    public static string? PostgresConnectionString(out string? error)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var store = configuration[$"{WorkerOptions.SectionName}:{nameof(WorkerOptions.Store)}"] ?? StoreKinds.Sqlite;
        error = null;
        if (string.Equals(store, StoreKinds.Sqlite, StringComparison.OrdinalIgnoreCase)) return null;
        if (!string.Equals(store, StoreKinds.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            error = $"NewsExtract:Store '{store}' is not a known store (known: {string.Join(", ", StoreKinds.All)}).";
            return null;
        }
        var connectionString = configuration[$"{WorkerOptions.SectionName}:{nameof(WorkerOptions.ConnectionString)}"]
            ?? configuration.GetConnectionString("NewsExtract");
        if (string.IsNullOrWhiteSpace(connectionString))
            error = "ConnectionStrings:NewsExtract must be set when NewsExtract:Store is postgres (environment: ConnectionStrings__NewsExtract=Host=…).";
        return connectionString;
    }
}
