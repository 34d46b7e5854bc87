namespace NewsExtract.Storage.State;

/// <summary>
/// Counts an operator or a health check reads from the store. <see cref="FailuresByReason"/> counts the failed inputs
/// by the reason word their recorded reason starts with ("not_article", "not_found", "no_article", "time_budget", …:
/// the text before the first colon).
/// </summary>
public sealed record StateSummary(long Articles, long Records, long UnpublishedRecords, long FrontierUrls, long Failures, IReadOnlyList<SourceRunState> SourceRuns)
{
    public IReadOnlyDictionary<string, long> FailuresByReason { get; init; } = new Dictionary<string, long>();
}
