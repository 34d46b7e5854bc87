using NewsExtract.Core.Documents;

namespace NewsExtract.Core.Pipeline;

/// <summary>
/// One step of the extraction pipeline. A component reads the layers earlier components added to a
/// <see cref="Document"/> and adds its own. Components are stateless per document and safe to share across threads.
/// </summary>
public interface IPipelineComponent
{
    /// <summary>A short stable name ("tokenizer", "ner", "money"), used in logs and the record's model list.</summary>
    string Name { get; }

    void Process(Document document, CancellationToken cancellationToken = default);
}
