namespace NewsExtract.Ingestion.Sources;

/// <summary>What was taken out of an article page: title, body text and metadata (mirrors the HTML extractor's result).</summary>
public sealed record PageContent(string? Title, string Text, DateTimeOffset? PublishedAt, string? Author, string? CanonicalUrl, string? Language);
