namespace NewsExtract.Core.Records;

/// <summary>
/// On a record analysts reviewed: the review's status ("reviewed"), who reviewed it (every reviewer whose decisions
/// count, in order of their first decision) and when it was marked reviewed. Absent on records straight from the models.
/// </summary>
public sealed record ReviewRecord(string Status, IReadOnlyList<string> Reviewers, DateTimeOffset At);
