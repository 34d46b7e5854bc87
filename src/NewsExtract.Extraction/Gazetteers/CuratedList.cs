namespace NewsExtract.Extraction.Gazetteers;

/// <summary>
/// Reads a curated list shipped beside the world gazetteer (<c>models/gazetteer/curated/NAME</c>): world knowledge
/// the open sources lack, written for this project. Lines starting with "#" and blank lines are skipped; every other
/// line is split at tabs and must have the expected number of columns.
/// </summary>
public static class CuratedList
{
    public const string FolderName = "curated";

    /// <summary>A one-column list as a set of words compared without regard to case.</summary>
    public static HashSet<string> ReadWords(string fileName) =>
        new(Read(fileName, columns: 1).Select(r => r[0]), StringComparer.OrdinalIgnoreCase);

    /// <summary>The rows of the list, each its tab-separated columns.</summary>
    public static List<string[]> Read(string fileName, int columns) => Read(Path.Combine(WorldGazetteer.LoadDefault().Folder, FolderName, fileName), fileName, columns);

    /// <summary>The rows of the list at <paramref name="path"/>.</summary>
    public static List<string[]> Read(string path, string fileName, int columns)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The curated list {fileName} was not found at {path}.", path);
        var rows = new List<string[]>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length != columns || cells.Any(c => c.Length == 0))
                throw new InvalidDataException($"{path}:{lineNumber}: expected {columns} non-empty tab-separated column(s).");
            rows.Add(cells);
        }
        return rows;
    }
}
