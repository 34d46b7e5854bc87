namespace NewsExtract.Ingestion.Sources;

/// <summary>An article URL a feed, sitemap or listing page points to, with the title and date it gives, if any.</summary>
public sealed record DiscoveredLink(Uri Url, string? Title = null, DateTimeOffset? PublishedAt = null);
