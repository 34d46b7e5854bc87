using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;

namespace NewsExtract.Extraction.Numbers.Dates;

/// <summary>
/// Pipeline component that adds every date and period in <see cref="Document.Text"/> to <see cref="Document.Dates"/>:
/// calendar dates, months, years in a date context, month ranges, quarters and halves, and relative expressions
/// resolved against the article's publication date (left with From/To null when it has none).
/// Works on the raw text; needs no tokens. Stateless and thread-safe.
/// </summary>
public sealed class DateRecognizer : IPipelineComponent
{
    public string Name => "dates";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var published = document.Article.PublishedAt is DateTimeOffset at ? DateOnly.FromDateTime(at.DateTime) : (DateOnly?)null;
        DateScanner.Scan(new DateContext(document.Text, published), document.Dates, cancellationToken);
    }

    /// <summary>The dates in <paramref name="text"/>, resolved against <paramref name="published"/> when given.</summary>
    public static List<DateMention> Find(string text, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<DateMention>();
        DateScanner.Scan(new DateContext(text, published), mentions, CancellationToken.None);
        return mentions;
    }
}
