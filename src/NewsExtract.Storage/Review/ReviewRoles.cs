namespace NewsExtract.Storage.Review;

/// <summary>The parts a reviewer can be assigned on an article.</summary>
public static class ReviewRoles
{
    public const string First = "first";
    public const string Second = "second";

    public static readonly IReadOnlyList<string> All = [First, Second];
}
