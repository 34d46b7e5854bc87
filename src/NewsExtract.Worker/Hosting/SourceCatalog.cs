using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsExtract.Ingestion.Http;
using NewsExtract.Ingestion.Sources;

namespace NewsExtract.Worker.Hosting;

/// <summary>Builds the configured sources from validated settings.</summary>
public sealed class SourceCatalog(IOptions<WorkerOptions> options, SourceDocumentLoader loader, ILoggerFactory loggerFactory)
{
    private IReadOnlyList<ConfiguredSource>? _sources;

    public IReadOnlyList<ConfiguredSource> Sources => _sources ??= [.. options.Value.Sources.Select(Create)];

    private ConfiguredSource Create(SourceOptions source)
    {
        var settings = options.Value;
        var schedule = new PollSchedule(string.IsNullOrWhiteSpace(source.Cron) ? settings.Cron : source.Cron, settings.Interval);
        var limits = new HostLimits(source.MaxRequestsPerSecond, source.MaxConcurrencyPerHost);
        var overrides = new PageExtractionOverrides(source.TitleXPath, source.BodyXPath, source.DateXPath);
        if (!source.IsWeb)
            return new ConfiguredSource(source, new LocalFolderSource(source.Name, source.Path!), null, schedule, limits, overrides);
        var web = new WebSourceSettings(source.Name, new Uri(source.Url!), limits, source.MaxLinksPerPass, source.LinkXPath);
        var logger = loggerFactory.CreateLogger("NewsExtract.Sources." + source.Name);
        ILinkSource links = source.Type.ToLowerInvariant() switch
        {
            "sitemap" => new SitemapLinkSource(web, loader, logger),
            "listing" => new ListingLinkSource(web, loader),
            _ => new FeedLinkSource(web, loader, logger),
        };
        return new ConfiguredSource(source, null, links, schedule, limits, overrides);
    }
}
