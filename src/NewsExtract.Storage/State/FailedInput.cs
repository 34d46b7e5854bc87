namespace NewsExtract.Storage.State;

/// <summary>
/// An input that failed: why, when last, after how many attempts, and whether it is dropped (a permanent failure, or
/// given up) until its source lists it as changed. A later success removes it.
/// </summary>
public sealed record FailedInput(string SourceName, string Input, string Reason, DateTimeOffset FailedAt, int Attempts, bool Permanent);
