using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;

namespace NewsExtract.Extraction.Numbers.Context;

/// <summary>
/// Keeps the hedge of every amount and percentage ("more than $8 billion" → qualifier "more than"; the amount's text
/// stays "$8 billion") in the record's <see cref="Qualifiers"/> vocabulary.
/// </summary>
public sealed class QualifierAnnotator : IPipelineComponent
{
    public const string Version = "qualifier-rules-1";

    public string Name => "qualifiers";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        for (int i = 0; i < document.Money.Count; i++)
        {
            if (QualifierWords.Before(text, document.Money[i].Start) is { } q)
                document.Money[i] = document.Money[i] with { Qualifier = q };
        }
        for (int i = 0; i < document.Percentages.Count; i++)
        {
            if (QualifierWords.Before(text, document.Percentages[i].Start) is { } q)
                document.Percentages[i] = document.Percentages[i] with { Qualifier = q };
        }
        document.Models[Name] = Version;
    }
}
