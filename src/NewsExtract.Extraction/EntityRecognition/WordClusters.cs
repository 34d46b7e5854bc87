namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Word classes learned from unlabelled text: a cluster id per lower-cased word, looked up by the word's hash.
/// Serialised as lines <c>word TAB cluster</c>.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<ulong, int> _clusters = [];
    private readonly List<KeyValuePair<string, int>> _entries = [];

    public int Count => _clusters.Count;

    public void Add(string word, int cluster)
    {
        _clusters[FeatureHashing.HashLower(word)] = cluster;
        _entries.Add(new(word, cluster));
    }

    public void Write(TextWriter writer)
    {
        foreach (var (word, cluster) in _entries) writer.Write($"{word}\t{cluster}\n");
    }

    public bool TryGet(ulong lowerHash, out int cluster) => _clusters.TryGetValue(lowerHash, out cluster);

    public static WordClusters Read(TextReader reader)
    {
        var clusters = new WordClusters();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            int tab = line.LastIndexOf('\t');
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), out int cluster))
                throw new FormatException($"Cluster line {lineNumber} is not 'word<TAB>id': {line}");
            clusters.Add(line[..tab], cluster);
        }
        return clusters;
    }
}
