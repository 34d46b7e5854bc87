using NewsExtract.Extraction.EntityRecognition;

namespace NewsExtract.Training.Ner;

/// <summary>
/// Learns word classes from unlabelled sentences: each frequent word is described by the words seen just left and
/// right of it (counts over the most frequent context words, square-rooted and length-normalised), and the
/// descriptions are grouped by spherical k-means (seeded). Words with similar contexts — month names, surnames,
/// city names — share a class, which generalises to words the labelled data never showed.
/// </summary>
public static class WordClusterLearner
{
    private const int ContextWords = 400;
    private const int MinimumCount = 3;
    private const int MaxWords = 25000;
    private const int Iterations = 12;

    public static WordClusters Learn(IReadOnlyList<string[]> sentences, int clusterCount, int seed, Action<string> progress)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var w in s)
            {
                string key = w.ToLowerInvariant();
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        var byFrequency = counts.Where(p => p.Value >= MinimumCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        var words = byFrequency.Take(MaxWords).ToList();
        var wordIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++) wordIndex[words[i]] = i;
        int dims = 2 * ContextWords + 2;
        var contexts = new Dictionary<int, float>[words.Count];
        for (int i = 0; i < contexts.Length; i++) contexts[i] = [];
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (!wordIndex.TryGetValue(s[i].ToLowerInvariant(), out int w)) continue;
                int left = i == 0 ? ContextWords : ContextIndex(s[i - 1], wordIndex);
                int right = i == s.Length - 1 ? ContextWords : ContextIndex(s[i + 1], wordIndex);
                var c = contexts[w];
                c[left] = c.GetValueOrDefault(left) + 1;
                int r = ContextWords + 1 + right;
                c[r] = c.GetValueOrDefault(r) + 1;
            }
        }
        var vectors = new (int[] Index, float[] Value)[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            var idx = contexts[i].Keys.Order().ToArray();
            var val = idx.Select(k => MathF.Sqrt(contexts[i][k])).ToArray();
            float norm = MathF.Sqrt(val.Sum(v => v * v));
            for (int j = 0; j < val.Length; j++) val[j] /= norm;
            vectors[i] = (idx, val);
        }

        int k = Math.Min(clusterCount, words.Count);
        var random = new Random(seed);
        var centroids = new float[k][];
        for (int c = 0; c < k; c++)
        {
            centroids[c] = new float[dims];
            var (idx, val) = vectors[c < words.Count / 2 ? c : random.Next(words.Count)];
            for (int j = 0; j < idx.Length; j++) centroids[c][idx[j]] = val[j];
        }
        var assignment = new int[words.Count];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            int changed = 0;
            for (int i = 0; i < words.Count; i++)
            {
                var (idx, val) = vectors[i];
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    var centroid = centroids[c];
                    float dot = 0;
                    for (int j = 0; j < idx.Length; j++) dot += centroid[idx[j]] * val[j];
                    if (dot > bestScore)
                    {
                        bestScore = dot;
                        best = c;
                    }
                }
                if (assignment[i] != best || iteration == 0) changed++;
                assignment[i] = best;
            }
            foreach (var centroid in centroids) Array.Clear(centroid);
            for (int i = 0; i < words.Count; i++)
            {
                var (idx, val) = vectors[i];
                var centroid = centroids[assignment[i]];
                for (int j = 0; j < idx.Length; j++) centroid[idx[j]] += val[j];
            }
            foreach (var centroid in centroids)
            {
                float norm = MathF.Sqrt(centroid.Sum(v => v * v));
                if (norm > 0) for (int j = 0; j < centroid.Length; j++) centroid[j] /= norm;
            }
            progress($"  clusters: iteration {iteration + 1}/{Iterations}, {changed:N0} words moved");
            if (changed == 0) break;
        }
        var clusters = new WordClusters();
        for (int i = 0; i < words.Count; i++) clusters.Add(words[i], assignment[i]);
        return clusters;
    }

    private static int ContextIndex(string word, Dictionary<string, int> wordIndex)
        => wordIndex.TryGetValue(word.ToLowerInvariant(), out int i) && i < ContextWords ? i : ContextWords;
}
