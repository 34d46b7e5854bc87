using NewsExtract.Core.Articles;
using NewsExtract.Core.Pipeline;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Records;
using NewsExtract.Storage.State;

namespace NewsExtract.Worker.Processing;

/// <summary>
/// Takes one article through dedupe, extraction and storage: an article seen before with the same content is
/// skipped; a changed one becomes the next revision of the same id; the record is queued for the feed in the same
/// transaction that marks the article processed (and, for a fetched page, stores its validators and takes its URL
/// off the frontier). Safe to call from several threads: articles with the same id are taken one at a time, so two
/// copies of one article can never both become revision 1; across processes sharing a store, the store's unique
/// (id, revision) refuses the second copy (<see cref="RecordConflictException"/>) and it counts as unchanged.
/// </summary>
public sealed class ArticleProcessor(ExtractionPipeline pipeline, RecordBuilder recordBuilder, IArticleStates store, ICrawlFrontier frontier, TimeProvider timeProvider)
{
    private readonly Lock[] _idLocks = [.. Enumerable.Range(0, 64).Select(_ => new Lock())];

    public ProcessingOutcome Process(Article article, CancellationToken cancellationToken) =>
        Process(article, page: null, frontierUrl: null, cancellationToken);

    /// <summary>Processes a fetched page's article and completes its queued URL, all in one transaction.</summary>
    public ProcessingOutcome ProcessPage(Article article, string frontierUrl, PageState page, CancellationToken cancellationToken) =>
        Process(article, page, frontierUrl, cancellationToken);

    /// <summary>
    /// Gives up on an article (over its time budget): a failure is recorded and its content fingerprint remembered
    /// without a record, so the same content is not tried again; a fetched page is taken off the frontier.
    /// </summary>
    public void GiveUp(Article article, string input, string reason, string? frontierUrl = null, PageState? page = null)
    {
        var id = RecordId.For(article);
        var now = timeProvider.GetUtcNow();
        lock (_idLocks[(int)((uint)StringComparer.Ordinal.GetHashCode(id) % (uint)_idLocks.Length)])
        {
            var revision = store.Find(id)?.Revision ?? 0;
            store.SaveUnprocessable(new ArticleState(id, article.Source.Name, article.Key, ContentFingerprint.For(article), revision), input, reason, now);
            if (page is not null) frontier.CompletePage(frontierUrl!, page with { ArticleId = id }, null, null, now);
        }
    }

    private ProcessingOutcome Process(Article article, PageState? page, string? frontierUrl, CancellationToken cancellationToken)
    {
        var id = RecordId.For(article);
        lock (_idLocks[(int)((uint)StringComparer.Ordinal.GetHashCode(id) % (uint)_idLocks.Length)])
            return Process(article, id, page, frontierUrl, cancellationToken);
    }

    private ProcessingOutcome Process(Article article, string id, PageState? page, string? frontierUrl, CancellationToken cancellationToken)
    {
        var fingerprint = ContentFingerprint.For(article);
        var known = store.Find(id);
        if (known is null && string.IsNullOrWhiteSpace(article.Url) && store.FindByKey(article.Source.Name, article.Key) is { } earlier)
        {
            // A file without a URL is identified by its content; an edited one stays the next revision of its first id.
            id = earlier.Id;
            known = earlier;
        }
        var now = timeProvider.GetUtcNow();
        if (known is not null && known.Fingerprint == fingerprint)
        {
            if (page is not null) frontier.CompletePage(frontierUrl!, page with { ArticleId = id }, null, null, now);
            return ProcessingOutcome.Unchanged;
        }

        var revision = (known?.Revision ?? 0) + 1;
        var document = pipeline.Run(article, cancellationToken);
        var record = recordBuilder.Build(document, revision) with { Id = id };
        var line = RecordSerializer.ToJsonLine(record);
        var state = new ArticleState(id, article.Source.Name, article.Key, fingerprint, revision);
        try
        {
            if (page is null) store.SaveProcessed(state, line, now);
            else frontier.CompletePage(frontierUrl!, page with { ArticleId = id }, state, line, now);
        }
        catch (RecordConflictException)
        {
            // Another worker sharing the store wrote this revision first (the same article under two URLs, or a URL
            // whose lease it reclaimed): its record stands, ours is dropped, and the URL is done.
            if (page is not null) frontier.CompletePage(frontierUrl!, page with { ArticleId = id }, null, null, now);
            return ProcessingOutcome.Unchanged;
        }
        return known is null ? ProcessingOutcome.New : ProcessingOutcome.Revised;
    }
}
