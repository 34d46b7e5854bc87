using NewsExtract.Ingestion.Html.Benchmark;

namespace NewsExtract.Training.Html;

/// <summary>
/// Labels a page's blocks against the page's annotated main text: a block is main content when its lower-cased
/// word sequence occurs in the main text's, or, for a block of twelve words or more (which the annotation may have
/// cut or joined differently), when at least 70% of its words are words of the main text.
/// </summary>
public sealed class BlockLabeler
{
    private const int LongBlockWords = 12;
    private const double LongBlockShare = 0.7;

    private readonly string _sequence;
    private readonly HashSet<string> _vocabulary;

    public BlockLabeler(string mainText)
    {
        var words = WordTokenizer.Words(mainText).Select(w => w.ToLowerInvariant()).ToList();
        _sequence = " " + string.Join(' ', words) + " ";
        _vocabulary = new HashSet<string>(words, StringComparer.Ordinal);
    }

    public bool IsMainContent(string blockText)
    {
        var words = WordTokenizer.Words(blockText).Select(w => w.ToLowerInvariant()).ToList();
        if (words.Count == 0)
            return false;
        if (_sequence.Contains(" " + string.Join(' ', words) + " ", StringComparison.Ordinal))
            return true;
        return words.Count >= LongBlockWords && words.Count(_vocabulary.Contains) >= LongBlockShare * words.Count;
    }
}
