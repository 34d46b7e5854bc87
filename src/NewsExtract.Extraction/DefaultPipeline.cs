using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Language;
using NewsExtract.Extraction.Numbers.Dates;
using NewsExtract.Extraction.Numbers.Money;
using NewsExtract.Extraction.Numbers.Percentages;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction;

/// <summary>The shipped extraction pipeline: its components in order, each adding one layer to the document.</summary>
public static class DefaultPipeline
{
    public static ExtractionPipeline Create() => new(
    [
        new Tokenizer(),
        new SentenceSplitter(),
        new LanguageIdentifier(),
        new MoneyRecognizer(),
        new PercentageRecognizer(),
        new DateRecognizer(),
        new MentionGrouper(),
    ]);
}
