namespace NewsExtract.Review.Decisions;

/// <summary>Where an annotation stands after the decisions so far.</summary>
public static class AnnotationStates
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Corrected = "corrected";
    public const string Added = "added";
}
