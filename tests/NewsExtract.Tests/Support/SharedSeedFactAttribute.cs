namespace NewsExtract.Tests.Support;

/// <summary>
/// A fact that needs the seed articles in <c>../shared/seeds</c>. Where that folder is missing or empty the test is
/// skipped with a message saying so.
/// </summary>
public sealed class SharedSeedFactAttribute : FactAttribute
{
    public static string SeedsFolder => Path.Combine(RepoPaths.Shared, "seeds");

    public SharedSeedFactAttribute()
    {
        if (!Directory.Exists(SeedsFolder) || Directory.GetFiles(SeedsFolder, "*.txt").Length == 0)
            Skip = $"Needs the seed articles at {SeedsFolder}, which this machine does not have.";
    }
}
