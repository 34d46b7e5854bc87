namespace NewsExtract.Ingestion.Files;

/// <summary>
/// Expands the paths given on a command line or in a local source into article files: a file as itself, a folder
/// recursively (files with a supported extension only), in a stable ordinal order.
/// </summary>
public static class ArticleFileFinder
{
    public static readonly IReadOnlySet<string> SupportedExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".json", ".html", ".htm" };

    /// <summary>Files under <paramref name="paths"/>; a path that does not exist is reported through <paramref name="missing"/>.</summary>
    public static IReadOnlyList<ArticleFile> Find(IEnumerable<string> paths, Action<string>? missing = null)
    {
        var found = new List<ArticleFile>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                found.Add(new ArticleFile(full, Path.GetFileName(full)));
            }
            else if (Directory.Exists(full))
            {
                var files = Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => SupportedExtensions.Contains(Path.GetExtension(f)))
                    .Select(f => new ArticleFile(f, Path.GetRelativePath(full, f).Replace('\\', '/')))
                    .OrderBy(f => f.Key, StringComparer.Ordinal);
                found.AddRange(files);
            }
            else
            {
                missing?.Invoke(path);
            }
        }
        return found;
    }
}
