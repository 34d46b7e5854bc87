namespace NewsExtract.Storage.State;

/// <summary>What the store remembers of an article: its id, where it came from, the content fingerprint and revision.</summary>
public sealed record ArticleState(string Id, string SourceName, string Key, string Fingerprint, int Revision);
