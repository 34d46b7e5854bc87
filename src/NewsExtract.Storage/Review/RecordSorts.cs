namespace NewsExtract.Storage.Review;

/// <summary>The columns the article list sorts by, each with its SQL ordering over the list's columns (never user text).</summary>
public static class RecordSorts
{
    public const string Published = "published";
    public const string Title = "title";
    public const string Source = "source";
    public const string Status = "status";

    public static readonly IReadOnlyList<string> All = [Published, Title, Source, Status];

    /// <summary>The ORDER BY clause for <paramref name="sort"/> (published when unknown), ties broken by id, in SQLite.</summary>
    public static string OrderBy(string? sort, bool? descending) =>
        OrderBy(sort, descending, caseless: column => $"{column} COLLATE NOCASE", binary: column => column);

    /// <summary>
    /// The same order in PostgreSQL: text compared by code point (<c>COLLATE "C"</c>, as SQLite does) whatever the
    /// database's collation, and case folded with <c>lower</c> where SQLite's list uses <c>NOCASE</c>.
    /// </summary>
    public static string OrderByPostgres(string? sort, bool? descending) =>
        OrderBy(sort, descending, caseless: column => $"lower({column}) COLLATE \"C\"", binary: column => $"{column} COLLATE \"C\"");

    private static string OrderBy(string? sort, bool? descending, Func<string, string> caseless, Func<string, string> binary)
    {
        var column = sort switch
        {
            Title => caseless("title"),
            Source => caseless("source"),
            Status => "CASE status WHEN 'in_progress' THEN 0 WHEN 'unreviewed' THEN 1 ELSE 2 END",
            _ => binary("published"),
        };
        var desc = descending ?? sort is null or Published;
        var nulls = sort is null or Published ? "published IS NULL, " : "";
        return $"ORDER BY {nulls}{column} {(desc ? "DESC" : "ASC")}, {binary("id")}";
    }
}
