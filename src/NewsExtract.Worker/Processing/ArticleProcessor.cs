using NewsExtract.Core.Articles;
using NewsExtract.Core.Pipeline;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Records;
using NewsExtract.Storage.State;

namespace NewsExtract.Worker.Processing;

/// <summary>
/// Takes one article through dedupe, extraction and storage: an article seen before with the same content is
/// skipped; a changed one becomes the next revision of the same id; the record is queued for the feed in the same
/// transaction that marks the article processed.
/// </summary>
public sealed class ArticleProcessor(ExtractionPipeline pipeline, RecordBuilder recordBuilder, StateStore store, TimeProvider timeProvider)
{
    public ProcessingOutcome Process(Article article, CancellationToken cancellationToken)
    {
        var id = RecordId.For(article);
        var fingerprint = ContentFingerprint.For(article);
        var known = store.Find(id);
        if (known is not null && known.Fingerprint == fingerprint)
            return ProcessingOutcome.Unchanged;

        var revision = (known?.Revision ?? 0) + 1;
        var document = pipeline.Run(article, cancellationToken);
        var record = recordBuilder.Build(document, revision);
        var line = RecordSerializer.ToJsonLine(record);
        store.SaveProcessed(new ArticleState(id, article.Source.Name, article.Key, fingerprint, revision), line, timeProvider.GetUtcNow());
        return known is null ? ProcessingOutcome.New : ProcessingOutcome.Revised;
    }
}
