using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Records;
using NewsExtract.Ingestion.Http;
using NewsExtract.Ingestion.Sources;
using NewsExtract.Storage.Feed;
using NewsExtract.Storage.State;
using NewsExtract.Worker.Processing;

namespace NewsExtract.Worker.Hosting;

/// <summary>
/// Registers the worker's services: options (validated at start-up), store, feed, HTTP stack, sources, page
/// extractor, pipeline, metrics and the health check.
/// </summary>
public static class WorkerServices
{
    public static IServiceCollection AddNewsExtractWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkerOptions>()
            .Bind(configuration.GetSection(WorkerOptions.SectionName))
            .PostConfigure(options => options.ConnectionString ??= configuration.GetConnectionString("NewsExtract"))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>();
        services.AddOptions<HttpFetchOptions>()
            .Bind(configuration.GetSection(HttpFetchOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<HttpFetchOptions>, HttpFetchOptionsValidator>();
        services.AddMetrics();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IStateStore>(sp => StateStoreFactory.Open(sp.GetRequiredService<IOptions<WorkerOptions>>().Value));
        services.AddSingleton<IArticleStates>(sp => sp.GetRequiredService<IStateStore>());
        services.AddSingleton<IRecordOutbox>(sp => sp.GetRequiredService<IStateStore>());
        services.AddSingleton<IFailureLog>(sp => sp.GetRequiredService<IStateStore>());
        services.AddSingleton<ICrawlFrontier>(sp => sp.GetRequiredService<IStateStore>());
        services.AddSingleton<ISourceRunLog>(sp => sp.GetRequiredService<IStateStore>());
        services.AddSingleton<IHostWorkQueue>(sp => sp.GetRequiredService<IStateStore>());
        services.AddSingleton<ILeadership>(sp => sp.GetRequiredService<IStateStore>());
        services.AddSingleton(sp => new JsonLinesFeed(
            sp.GetRequiredService<IOptions<WorkerOptions>>().Value.FeedDirectory,
            sp.GetRequiredService<IRecordOutbox>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddAgencyHttp();
        services.AddSingleton<IValidatorStore, StateValidatorStore>();
        services.AddSingleton<SourceDocumentLoader>();
        services.AddSingleton<SourceCatalog>();
        services.AddSingleton<IPageExtractor, HtmlPageExtractor>();
        services.AddSingleton<WebArticleBuilder>();
        services.AddSingleton<ExtractionPipeline>(_ => DefaultPipeline.Create());
        services.AddSingleton<RecordBuilder>();
        services.AddSingleton<ArticleProcessor>();
        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton<FeedExporter>();
        services.AddSingleton<CrawlPipeline>();
        services.AddHealthChecks().AddCheck<WorkerHealthCheck>("worker");
        services.AddHostedService<FeedWorker>();
        return services;
    }
}
