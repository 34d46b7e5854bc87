using NewsExtract.Ingestion.Http;
using NewsExtract.Ingestion.Sources;

namespace NewsExtract.Worker.Hosting;

/// <summary>A source ready to run: its settings, what reads it (a folder, or a link source), its schedule, limits and overrides.</summary>
public sealed record ConfiguredSource(
    SourceOptions Options,
    IArticleSource? Folder,
    ILinkSource? Links,
    PollSchedule Schedule,
    HostLimits Limits,
    PageExtractionOverrides Overrides)
{
    public string Name => Options.Name;
}
