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
using NewsExtract.Worker.Scheduling;
using Quartz;

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
        services.AddSingleton<INodeRegistry>(sp => sp.GetRequiredService<IStateStore>());
        services.AddSingleton(sp => new JsonLinesFeed(
            sp.GetRequiredService<IOptions<WorkerOptions>>().Value.FeedDirectory,
            sp.GetRequiredService<IRecordOutbox>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddAgencyHttp();
        AddClusterHostGate(services, configuration);
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
        services.AddHostedService<NodeHeartbeat>();
        AddClusterScheduler(services, configuration);
        return services;
    }

    // Cluster mode (PostgreSQL store): every request to a host, not only claimed article fetches, takes the host's turn
    // on its shared row (listings, sitemaps, feeds, robots.txt, retries), so politeness holds across the nodes.
    private static void AddClusterHostGate(IServiceCollection services, IConfiguration configuration)
    {
        var store = configuration.GetSection(WorkerOptions.SectionName)[nameof(WorkerOptions.Store)];
        if (!string.Equals(store, StoreKinds.Postgres, StringComparison.OrdinalIgnoreCase)) return;
        services.AddSingleton<IHostTurns>(sp => sp.GetRequiredService<IStateStore>());
        services.AddSingleton<ClusterHostGate>();
        services.AddSingleton<IHostRequestGate>(sp => sp.GetRequiredService<ClusterHostGate>());
    }

    // A running cluster node (PostgreSQL store, not --once) keeps each web source's schedule in Quartz.NET's clustered
    // ADO.NET job store on the same database; the store's tables are created when missing.
    private static void AddClusterScheduler(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(WorkerOptions.SectionName);
        var connectionString = section[nameof(WorkerOptions.ConnectionString)] ?? configuration.GetConnectionString("NewsExtract");
        var postgres = string.Equals(section[nameof(WorkerOptions.Store)], StoreKinds.Postgres, StringComparison.OrdinalIgnoreCase);
        if (!postgres || string.IsNullOrWhiteSpace(connectionString) || section.GetValue<bool>(nameof(WorkerOptions.RunOnce))) return;
        var nodeName = section[nameof(WorkerOptions.NodeName)] ?? new WorkerOptions().NodeName;
        var checkin = section.GetValue<TimeSpan?>(nameof(WorkerOptions.ClusterCheckinInterval)) ?? new WorkerOptions().ClusterCheckinInterval;
        if (checkin < TimeSpan.FromSeconds(1)) checkin = TimeSpan.FromSeconds(1);
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "newsextract";
                scheduler.InstanceId = nodeName;
                scheduler.IdleWaitTime = checkin;
            });
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseClustering(clustering =>
                {
                    clustering.CheckinInterval = checkin;
                    clustering.CheckinMisfireThreshold = checkin * 2;
                });
                store.ProvisionSchema();
            });
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddSingleton<ClusterSchedules>();
    }
}
