using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Records;
using NewsExtract.Ingestion.Sources;
using NewsExtract.Storage.Feed;
using NewsExtract.Storage.State;
using NewsExtract.Worker.Processing;

namespace NewsExtract.Worker.Hosting;

/// <summary>Registers the worker's services: options (validated at start-up), store, feed, sources, pipeline.</summary>
public static class WorkerServices
{
    public static IServiceCollection AddNewsExtractWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkerOptions>()
            .Bind(configuration.GetSection(WorkerOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new StateStore(sp.GetRequiredService<IOptions<WorkerOptions>>().Value.StateDatabasePath));
        services.AddSingleton(sp => new JsonLinesFeed(
            sp.GetRequiredService<IOptions<WorkerOptions>>().Value.FeedDirectory,
            sp.GetRequiredService<StateStore>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IEnumerable<IArticleSource>>(sp =>
            [.. sp.GetRequiredService<IOptions<WorkerOptions>>().Value.Sources
                .Select(s => (IArticleSource)new LocalFolderSource(s.Name, s.Path!))]);
        services.AddSingleton<ExtractionPipeline>(_ => DefaultPipeline.Create());
        services.AddSingleton<RecordBuilder>();
        services.AddSingleton<ArticleProcessor>();
        services.AddSingleton<SourcePass>();
        services.AddHostedService<FeedWorker>();
        return services;
    }
}
