using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;

namespace NewsExtract.Extraction.Numbers.Money;

/// <summary>
/// Pipeline component that adds every monetary amount in <see cref="Document.Text"/> to <see cref="Document.Money"/>,
/// normalised to an amount and an ISO 4217 code. Works on the raw text; needs no tokens. Stateless and thread-safe.
/// </summary>
public sealed class MoneyRecognizer : IPipelineComponent
{
    public string Name => "money";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        MoneyScanner.Scan(document.Text, document.Money, cancellationToken);
    }

    /// <summary>The amounts in <paramref name="text"/>, sorted by start, not overlapping.</summary>
    public static List<MoneyMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<MoneyMention>();
        MoneyScanner.Scan(text, mentions, CancellationToken.None);
        return mentions;
    }
}
