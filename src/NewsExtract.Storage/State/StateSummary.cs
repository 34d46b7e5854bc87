namespace NewsExtract.Storage.State;

/// <summary>Counts an operator or a health check reads from the store.</summary>
public sealed record StateSummary(long Articles, long Records, long UnpublishedRecords, long FrontierUrls, long Failures, IReadOnlyList<SourceRunState> SourceRuns);
