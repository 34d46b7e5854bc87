namespace NewsExtract.Storage.Review;

/// <summary>
/// An article's review status: nothing decided yet, some decisions made, or marked complete by an analyst (then
/// every extraction not rejected or corrected counts as confirmed).
/// </summary>
public static class ReviewStatuses
{
    public const string Unreviewed = "unreviewed";
    public const string InProgress = "in_progress";
    public const string Reviewed = "reviewed";

    /// <summary>A list filter, not a status: every article not yet marked reviewed (unreviewed or in progress).</summary>
    public const string Open = "open";

    public static readonly IReadOnlyList<string> All = [Unreviewed, InProgress, Reviewed];
}
