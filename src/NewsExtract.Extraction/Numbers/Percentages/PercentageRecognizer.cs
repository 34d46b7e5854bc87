using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;

namespace NewsExtract.Extraction.Numbers.Percentages;

/// <summary>
/// Pipeline component that adds every percentage ("8.54%", "8.54 per cent", "16,6%") and percentage-point figure
/// ("0.5 pp") in <see cref="Document.Text"/> to <see cref="Document.Percentages"/>. A range gives one mention per end.
/// Works on the raw text; needs no tokens. Stateless and thread-safe.
/// </summary>
public sealed class PercentageRecognizer : IPipelineComponent
{
    public string Name => "percentages";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        PercentageScanner.Scan(document.Text, document.Percentages, cancellationToken);
    }

    /// <summary>The percentages in <paramref name="text"/>, sorted by start, not overlapping.</summary>
    public static List<PercentMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<PercentMention>();
        PercentageScanner.Scan(text, mentions, CancellationToken.None);
        return mentions;
    }
}
