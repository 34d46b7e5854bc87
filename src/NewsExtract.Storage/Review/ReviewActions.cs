namespace NewsExtract.Storage.Review;

/// <summary>What an analyst can decide about one extraction: keep it, drop it, change it, or add a missed one.</summary>
public static class ReviewActions
{
    public const string Accept = "accept";
    public const string Reject = "reject";
    public const string Correct = "correct";
    public const string Add = "add";

    public static readonly IReadOnlyList<string> All = [Accept, Reject, Correct, Add];
}
