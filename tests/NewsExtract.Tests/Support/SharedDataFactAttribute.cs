namespace NewsExtract.Tests.Support;

/// <summary>
/// A fact that needs <c>../shared/data</c> (the corpora beside the repository). Where that folder is missing, as on
/// a user's fresh clone, the test is skipped with a message saying so.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!RepoPaths.HasSharedData)
            Skip = $"Needs the shared corpora at {RepoPaths.SharedData}, which this machine does not have.";
    }
}
