using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;

namespace NewsExtract.Extraction.Language;

/// <summary>
/// Marks a document as English ("en") when the source did not say and enough of its tokens are common English
/// function words (about a third of running English text is; other languages in Latin script score far lower).
/// The pipeline's models are trained on English: a document left without a language is one they may not suit.
/// </summary>
public sealed class LanguageIdentifier : IPipelineComponent
{
    private const int MinimumTokens = 12;
    private const double MinimumShare = 0.15;

    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "in", "to", "a", "an", "is", "was", "for", "on", "with", "by", "that", "as", "at", "from",
        "has", "have", "had", "will", "said", "it", "be", "are", "were", "which", "this", "its", "their", "between",
        "also", "been", "not", "or", "than", "more", "about", "after", "during",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        EnglishFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "language";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        if (document.Language is not null) return;
        int words = 0, function = 0;
        foreach (var token in document.Tokens)
        {
            var text = document.TextOf(token);
            if (!char.IsLetter(text[0])) continue;
            words++;
            if (Lookup.Contains(text)) function++;
        }
        if (words >= MinimumTokens && function >= MinimumShare * words)
            document.Language = "en";
    }
}
