namespace NewsExtract.Core.Articles;

/// <summary>Where an article came from: the source's name and, for web sources, its URL; for files, the path.</summary>
public sealed record ArticleSource(string Name, string? Url, string? Path);
