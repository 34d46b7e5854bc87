using NewsExtract.Ingestion.Sources;

namespace NewsExtract.Ingestion.Sitemaps;

/// <summary>A parsed sitemap: article URLs (a urlset, news sitemaps included) or child sitemaps (a sitemap index).</summary>
public sealed record SitemapDocument(bool IsIndex, IReadOnlyList<DiscoveredLink> Entries, string? Warning);
