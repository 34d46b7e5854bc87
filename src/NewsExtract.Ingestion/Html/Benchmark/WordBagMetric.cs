namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>
/// The web-content-extraction benchmark's metric (WCXB): the bag (multiset) of lower-cased words of the output
/// against that of the truth; precision, recall and F1 per page, averaged over pages. Words are
/// <see cref="WordTokenizer"/>'s (Python's <c>\w+</c>). An empty output for an empty truth is a perfect page; an
/// empty output for a non-empty truth, or the reverse, scores zero.
/// </summary>
public static class WordBagMetric
{
    public static WordBagScore ScorePage(string? truth, string? predicted)
    {
        var t = Bag(truth);
        var p = Bag(predicted);
        var truthCount = t.Values.Sum();
        var predictedCount = p.Values.Sum();
        if (truthCount == 0 && predictedCount == 0)
            return new WordBagScore(1, 1, 1);
        if (truthCount == 0 || predictedCount == 0)
            return new WordBagScore(0, 0, 0);
        var common = 0;
        foreach (var (word, count) in p)
            common += Math.Min(count, t.GetValueOrDefault(word));
        var precision = (double)common / predictedCount;
        var recall = (double)common / truthCount;
        var f1 = common == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new WordBagScore(precision, recall, f1);
    }

    private static Dictionary<string, int> Bag(string? text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in WordTokenizer.Words(text))
        {
            var key = word.ToLowerInvariant();
            bag[key] = bag.GetValueOrDefault(key) + 1;
        }
        return bag;
    }
}
