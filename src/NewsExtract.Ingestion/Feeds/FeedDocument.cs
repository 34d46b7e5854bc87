using NewsExtract.Ingestion.Sources;

namespace NewsExtract.Ingestion.Feeds;

/// <summary>A parsed feed: its format (rss, rdf, atom), the entries' links, and a warning when part of it was unreadable.</summary>
public sealed record FeedDocument(string Format, IReadOnlyList<DiscoveredLink> Entries, string? Warning);
