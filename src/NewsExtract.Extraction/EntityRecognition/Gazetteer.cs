namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Phrase lists by category (up to 32 categories: entity types seen in training data, and written facts such as
/// countries or title words). Phrases are matched over lower-cased token hashes, so matching allocates nothing.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The most categories a gazetteer can hold (one bit each).</summary>
    public const int MaxCategories = 32;

    /// <summary>Longer phrases are not kept (they cost lookups and rarely recur).</summary>
    public const int MaxTokensPerPhrase = 6;

    private const string CategoriesHeader = "#categories";
    private const ulong PhraseSeed = 0x51ED270B27C0FFEEUL;
    private static readonly char[] Separators = [' ', '\t'];

    private readonly List<string> _categories = [];
    private readonly Dictionary<ulong, uint> _phrases = [];
    private readonly Dictionary<string, uint> _phraseText = new(StringComparer.Ordinal);

    /// <summary>
    /// Phrases read by <see cref="AddLines"/> (the line, where the phrase starts, its category bit) whose text is not yet
    /// in <see cref="_phraseText"/>: only writing and merging gazetteers need the texts, tagging needs the hashes, so a
    /// model loads without building them.
    /// </summary>
    private readonly List<(string Line, int Start, uint Bit)> _unindexedText = [];

    public IReadOnlyList<string> Categories => _categories;

    /// <summary>Number of distinct phrases.</summary>
    public int Count => _phrases.Count;

    /// <summary>The longest phrase, in tokens.</summary>
    public int MaxPhraseTokens { get; private set; }

    /// <summary>The index of <paramref name="category"/>, adding it when new.</summary>
    public int CategoryIndex(string category)
    {
        int index = _categories.IndexOf(category);
        if (index >= 0) return index;
        if (_categories.Count == MaxCategories)
            throw new InvalidOperationException($"A gazetteer holds at most {MaxCategories} categories.");
        _categories.Add(category);
        return _categories.Count - 1;
    }

    /// <summary>Adds a phrase given as its tokens.</summary>
    public void Add(string category, IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0 || tokens.Count > MaxTokensPerPhrase) return;
        IndexText();
        uint bit = 1u << CategoryIndex(category);
        ulong key = PhraseSeed;
        for (int i = 0; i < tokens.Count; i++)
            key = FeatureHashing.Combine(key, FeatureHashing.HashLower(tokens[i]));
        _phrases[key] = _phrases.GetValueOrDefault(key) | bit;
        string text = string.Join(' ', tokens).ToLowerInvariant();
        _phraseText[text] = _phraseText.GetValueOrDefault(text) | bit;
        if (tokens.Count > MaxPhraseTokens) MaxPhraseTokens = tokens.Count;
    }

    /// <summary>Adds a phrase written as space-separated tokens.</summary>
    public void Add(string category, string phrase)
        => Add(category, phrase.Split(Separators, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Adds every phrase of <paramref name="other"/>.</summary>
    public void AddAll(Gazetteer other)
    {
        other.IndexText();
        foreach (var (text, bits) in other._phraseText)
        {
            for (int c = 0; c < other._categories.Count; c++)
                if ((bits & (1u << c)) != 0) Add(other._categories[c], text);
        }
    }

    /// <summary>
    /// Marks, for each token of a sentence given by its lower-cased hashes, the categories of phrases that begin at it
    /// (<paramref name="begins"/>) and that continue through it (<paramref name="insides"/>). Where
    /// <paramref name="canStart"/> is false only one-token phrases are looked up.
    /// </summary>
    public void Match(ReadOnlySpan<ulong> lowerHashes, ReadOnlySpan<bool> canStart, Span<uint> begins, Span<uint> insides)
    {
        int n = lowerHashes.Length;
        begins[..n].Clear();
        insides[..n].Clear();
        if (_phrases.Count == 0) return;
        for (int i = 0; i < n; i++)
        {
            ulong key = PhraseSeed;
            int maxLen = canStart[i] ? Math.Min(MaxPhraseTokens, n - i) : 1;
            for (int len = 1; len <= maxLen; len++)
            {
                key = FeatureHashing.Combine(key, lowerHashes[i + len - 1]);
                if (!_phrases.TryGetValue(key, out uint bits)) continue;
                begins[i] |= bits;
                for (int j = i + 1; j < i + len; j++) insides[j] |= bits;
            }
        }
    }

    /// <summary>
    /// Writes a header line naming the categories in bit order (<c>#categories TAB a TAB b …</c>), then one line per
    /// (category, phrase): <c>category TAB phrase</c>.
    /// </summary>
    public void Write(TextWriter writer)
    {
        IndexText();
        writer.Write(CategoriesHeader);
        foreach (var category in _categories) writer.Write($"\t{category}");
        writer.Write('\n');
        foreach (var (text, bits) in _phraseText.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            for (int c = 0; c < _categories.Count; c++)
                if ((bits & (1u << c)) != 0) writer.Write($"{_categories[c]}\t{text}\n");
        }
    }

    /// <summary>Reads lines written by <see cref="Write"/> (blank lines and <c>#</c> comments are skipped).</summary>
    public static Gazetteer Read(TextReader reader)
    {
        var gazetteer = new Gazetteer();
        gazetteer.AddLines(reader);
        return gazetteer;
    }

    /// <summary>Adds lines of <c>category TAB phrase</c>: the same phrases as <see cref="Add(string, string)"/> of each line.</summary>
    public void AddLines(TextReader reader)
    {
        int lineNumber = 0;
        Span<Range> tokens = stackalloc Range[MaxTokensPerPhrase + 1];
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith(CategoriesHeader + "\t", StringComparison.Ordinal))
            {
                // Category order fixes the bit of each category, which the model's feature hashes depend on.
                foreach (var category in line.Split('\t').Skip(1)) CategoryIndex(category);
                continue;
            }
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1)
                throw new FormatException($"Gazetteer line {lineNumber} is not 'category<TAB>phrase': {line}");
            var phrase = line.AsSpan(tab + 1);
            int count = phrase.SplitAny(tokens, Separators, StringSplitOptions.RemoveEmptyEntries);
            if (count == 0 || count > MaxTokensPerPhrase) continue;
            uint bit = 1u << CategoryIndex(line.AsSpan(0, tab));
            ulong key = PhraseSeed;
            for (int i = 0; i < count; i++)
                key = FeatureHashing.Combine(key, FeatureHashing.HashLower(phrase[tokens[i]]));
            _phrases[key] = _phrases.GetValueOrDefault(key) | bit;
            _unindexedText.Add((line, tab + 1, bit));
            if (count > MaxPhraseTokens) MaxPhraseTokens = count;
        }
    }

    /// <summary>The index of a category read from a line, adding it when new.</summary>
    private int CategoryIndex(ReadOnlySpan<char> category)
    {
        for (int i = 0; i < _categories.Count; i++)
            if (category.SequenceEqual(_categories[i])) return i;
        return CategoryIndex(category.ToString());
    }

    /// <summary>Puts the texts of the phrases read by <see cref="AddLines"/> into <see cref="_phraseText"/>, in the order read.</summary>
    private void IndexText()
    {
        if (_unindexedText.Count == 0) return;
        foreach (var (line, start, bit) in _unindexedText)
        {
            string text = string.Join(' ', line[start..].Split(Separators, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
            _phraseText[text] = _phraseText.GetValueOrDefault(text) | bit;
        }
        _unindexedText.Clear();
    }
}
