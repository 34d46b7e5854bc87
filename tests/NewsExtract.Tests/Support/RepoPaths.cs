namespace NewsExtract.Tests.Support;

/// <summary>Locates the repository root (the folder holding NewsExtract.sln) and the optional ../shared data.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary><c>../shared</c> beside the repository: CI and developer machines have it, a user's clone does not.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SharedData => Path.Combine(Shared, "data");

    public static bool HasSharedData => Directory.Exists(SharedData);

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsExtract.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No NewsExtract.sln above {AppContext.BaseDirectory}.");
    }
}
