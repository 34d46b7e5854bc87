namespace NewsExtract.Storage.State;

/// <summary>A feed file and how much of it is committed: readers may trust the file up to this length.</summary>
public sealed record FeedFileState(string Name, long CommittedBytes, long CommittedLines);
