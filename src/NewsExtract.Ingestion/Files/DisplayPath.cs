namespace NewsExtract.Ingestion.Files;

/// <summary>A path as people want to read it: relative to the current folder when inside it, else absolute.</summary>
public static class DisplayPath
{
    public static string Of(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? fullPath
            : relative.Replace('\\', '/');
    }
}
