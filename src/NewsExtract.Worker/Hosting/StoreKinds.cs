namespace NewsExtract.Worker.Hosting;

/// <summary>The values of <c>NewsExtract:Store</c>.</summary>
public static class StoreKinds
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static readonly IReadOnlyList<string> All = [Sqlite, Postgres];
}
