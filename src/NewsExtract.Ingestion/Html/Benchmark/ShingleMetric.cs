namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>
/// The article-extraction benchmark's metric: multisets of word 4-gram shingles (a text of one to three words is a
/// single shorter shingle), per-page precision and recall of the output's shingles against the truth's, averaged
/// over pages, and F1 of the two averages.
/// </summary>
public static class ShingleMetric
{
    public const int ShingleSize = 4;

    /// <summary>The multiset of shingles of <paramref name="text"/> (words joined by U+0001, which no word contains).</summary>
    public static Dictionary<string, int> Shingles(string? text) => Shingles(WordTokenizer.Words(text));

    public static Dictionary<string, int> Shingles(IReadOnlyList<string> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Count == 0)
            return counts;
        if (words.Count < ShingleSize)
        {
            counts[string.Join('\u0001', words)] = 1;
            return counts;
        }
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            var key = string.Join('\u0001', words[i], words[i + 1], words[i + 2], words[i + 3]);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    public static PageScore ScorePage(string? truth, string? predicted)
    {
        var truthWords = WordTokenizer.Words(truth);
        var predictedWords = WordTokenizer.Words(predicted);
        var t = Shingles(truthWords);
        var p = Shingles(predictedWords);
        int tp = 0, fp = 0, fn = 0;
        foreach (var (key, pc) in p)
        {
            var tc = t.GetValueOrDefault(key);
            tp += Math.Min(tc, pc);
            fp += Math.Max(0, pc - tc);
        }
        foreach (var (key, tc) in t)
            fn += Math.Max(0, tc - p.GetValueOrDefault(key));
        double? precision = tp + fp > 0 ? (double)tp / (tp + fp) : null;
        var recall = tp + fn > 0 ? (double)tp / (tp + fn) : 1.0;
        return new PageScore(precision, recall, truthWords.SequenceEqual(predictedWords, StringComparer.Ordinal), tp, fp, fn);
    }

    public static BenchmarkResult Summarize(IReadOnlyCollection<PageScore> pages)
    {
        var precisions = pages.Where(p => p.Precision is not null).Select(p => p.Precision!.Value).ToList();
        var precision = precisions.Count > 0 ? precisions.Average() : 0;
        var recall = pages.Count > 0 ? pages.Average(p => p.Recall) : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        var accuracy = pages.Count > 0 ? pages.Count(p => p.Exact) / (double)pages.Count : 0;
        return new BenchmarkResult(pages.Count, precision, recall, f1, accuracy);
    }
}
