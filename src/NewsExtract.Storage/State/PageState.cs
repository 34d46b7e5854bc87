namespace NewsExtract.Storage.State;

/// <summary>
/// What the store remembers of a fetched URL (a feed, a sitemap or an article page): the HTTP validators for the
/// next conditional GET and, for an article page, the id of the article it produced.
/// </summary>
public sealed record PageState(string Url, string SourceName, string? ETag, string? LastModified, string? ArticleId, DateTimeOffset FetchedAt);
