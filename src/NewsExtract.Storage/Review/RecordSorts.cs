namespace NewsExtract.Storage.Review;

/// <summary>The columns the article list sorts by, each with its SQL ordering over the list's columns (never user text).</summary>
public static class RecordSorts
{
    public const string Published = "published";
    public const string Title = "title";
    public const string Source = "source";
    public const string Status = "status";

    public static readonly IReadOnlyList<string> All = [Published, Title, Source, Status];

    /// <summary>The ORDER BY clause for <paramref name="sort"/> (published when unknown), ties broken by id.</summary>
    public static string OrderBy(string? sort, bool? descending)
    {
        var column = sort switch
        {
            Title => "title COLLATE NOCASE",
            Source => "source COLLATE NOCASE",
            Status => "CASE status WHEN 'in_progress' THEN 0 WHEN 'unreviewed' THEN 1 ELSE 2 END",
            _ => "published",
        };
        var desc = descending ?? sort is null or Published;
        var nulls = sort is null or Published ? "published IS NULL, " : "";
        return $"ORDER BY {nulls}{column} {(desc ? "DESC" : "ASC")}, id";
    }
}
