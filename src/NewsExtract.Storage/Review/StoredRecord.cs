using NewsExtract.Core.Records;

namespace NewsExtract.Storage.Review;

/// <summary>A record revision as the worker stored it: its parsed public record and the revisions that exist.</summary>
public sealed record StoredRecord(ArticleRecord Record, int LatestRevision);
