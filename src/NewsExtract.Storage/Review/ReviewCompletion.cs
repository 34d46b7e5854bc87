namespace NewsExtract.Storage.Review;

/// <summary>An analyst's mark that a record revision is completely reviewed, with who and when.</summary>
public sealed record ReviewCompletion(string RecordId, int Revision, string Reviewer, DateTimeOffset CompletedAt);
