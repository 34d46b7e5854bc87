using NewsExtract.Ingestion.Sources;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Worker.Processing;

/// <summary>An article URL waiting in the fetch queue: its source, the URL as queued, and what the source said of it.</summary>
public sealed record PageRequest(ConfiguredSource Source, Uri Url, DiscoveredLink? Link);
