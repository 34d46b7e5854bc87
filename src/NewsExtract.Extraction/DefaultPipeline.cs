using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Numbers.Context;
using NewsExtract.Extraction.Officials;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction;

/// <summary>The shipped extraction pipeline: its components in order, each adding one layer to the document.</summary>
public static class DefaultPipeline
{
    public static ExtractionPipeline Create() => new(
    [
        new Tokenizer(),
        new SentenceSplitter(),
        new MoneyContextAnnotator(),
        new EntityMerger(),
        new OfficialRecognizer(),
    ]);
}
