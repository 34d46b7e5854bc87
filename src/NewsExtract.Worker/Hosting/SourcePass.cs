using Microsoft.Extensions.Logging;
using NewsExtract.Ingestion.Sources;
using NewsExtract.Storage.Feed;
using NewsExtract.Storage.State;
using NewsExtract.Worker.Processing;

namespace NewsExtract.Worker.Hosting;

/// <summary>
/// One pass: read every source, process each article (a broken one is logged, remembered and skipped), then
/// publish what was queued to the feed.
/// </summary>
public sealed class SourcePass(
    IEnumerable<IArticleSource> sources,
    ArticleProcessor processor,
    JsonLinesFeed feed,
    StateStore store,
    TimeProvider timeProvider,
    ILogger<SourcePass> logger)
{
    private const int PublishEvery = 50;

    public async Task<PassSummary> RunAsync(CancellationToken cancellationToken)
    {
        int created = 0, revised = 0, unchanged = 0, failed = 0, published = 0;
        foreach (var source in sources)
        {
            await foreach (var item in source.ReadAsync(cancellationToken))
            {
                if (item.Article is null)
                {
                    failed++;
                    logger.LogWarning("Skipped {Input} from {Source}: {Reason}", item.Input, source.Name, item.Error);
                    store.RecordFailure(source.Name, item.Input, item.Error ?? "unknown error", timeProvider.GetUtcNow());
                    continue;
                }
                try
                {
                    switch (processor.Process(item.Article, cancellationToken))
                    {
                        case ProcessingOutcome.New: created++; break;
                        case ProcessingOutcome.Revised: revised++; break;
                        default: unchanged++; break;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failed++;
                    logger.LogError(ex, "Extraction failed for {Input} from {Source}", item.Input, source.Name);
                    store.RecordFailure(source.Name, item.Input, ex.GetType().Name + ": " + ex.Message, timeProvider.GetUtcNow());
                }
                if ((created + revised) % PublishEvery == 0 && created + revised > 0)
                    published += await feed.PublishPendingAsync(cancellationToken);
            }
        }
        published += await feed.PublishPendingAsync(cancellationToken);
        return new PassSummary(created, revised, unchanged, failed, published);
    }
}
