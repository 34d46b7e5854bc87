using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsExtract.Ingestion.Html.Blocks;

/// <summary>
/// The learned block classifier: an ensemble of regression trees (trained with ML.NET FastTree by
/// <c>newsextract train html-blocks</c>) over <see cref="BlockFeatures"/>, stored as plain JSON so it loads and runs
/// without ML.NET. A block is article text when the sum of its trees' leaf values exceeds <see cref="Threshold"/>.
/// Each tree node sends a block left when its feature is at most the node's threshold.
/// </summary>
public sealed class BlockClassifierModel
{
    /// <summary>The format tag written into every model file.</summary>
    public const string Format = "newsextract-block-trees/1";

    private const string ResourceName = "NewsExtract.Ingestion.Html.Blocks.html-blocks.json";

    private static readonly Lazy<BlockClassifierModel?> LazyShipped = new(LoadShipped);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

    private readonly BlockTree[] _trees;

    // The trees laid out flat for scoring: tree t's nodes start at _nodeStart[t] and its leaves (times the tree's
    // weight) at _leafStart[t]; _nodeCount[t] == 0 is a single-leaf tree.
    private readonly int[] _nodeStart, _nodeCount, _leafStart, _feature, _left, _right;
    private readonly float[] _threshold;
    private readonly double[] _leaf;

    public BlockClassifierModel(IReadOnlyList<string> features, double threshold, double bias, IReadOnlyList<BlockTree> trees)
    {
        if (!features.SequenceEqual(BlockFeatures.Names, StringComparer.Ordinal))
            throw new InvalidDataException("The block model was trained on other features than this version computes; retrain it with `newsextract train html-blocks`.");
        foreach (var tree in trees)
            tree.Validate(features.Count);
        Threshold = threshold;
        Bias = bias;
        _trees = trees.ToArray();
        _nodeStart = new int[_trees.Length];
        _nodeCount = new int[_trees.Length];
        _leafStart = new int[_trees.Length];
        var nodes = _trees.Sum(t => t.Feature.Length);
        var leaves = _trees.Sum(t => t.Leaf.Length);
        (_feature, _left, _right, _threshold, _leaf) = (new int[nodes], new int[nodes], new int[nodes], new float[nodes], new double[leaves]);
        int n = 0, l = 0;
        for (var t = 0; t < _trees.Length; t++)
        {
            var tree = _trees[t];
            (_nodeStart[t], _nodeCount[t], _leafStart[t]) = (n, tree.Feature.Length, l);
            tree.Feature.CopyTo(_feature, n);
            tree.Left.CopyTo(_left, n);
            tree.Right.CopyTo(_right, n);
            tree.Threshold.CopyTo(_threshold, n);
            for (var i = 0; i < tree.Leaf.Length; i++)
                _leaf[l + i] = tree.Weight * tree.Leaf[i];
            n += tree.Feature.Length;
            l += tree.Leaf.Length;
        }
    }

    /// <summary>Scores above this are article text.</summary>
    public double Threshold { get; }

    public double Bias { get; }

    public IReadOnlyList<BlockTree> Trees => _trees;

    /// <summary>
    /// The model that ships inside this assembly (from <c>models/html-blocks/</c>), or null when the build has none or
    /// has one trained on other features than this version computes (the rules then judge alone, and
    /// <c>train html-blocks</c>, which labels pages with the rules, can make the new one).
    /// </summary>
    public static BlockClassifierModel? Shipped => LazyShipped.Value;

    /// <summary>The raw score of one feature vector (sum of tree outputs and the bias).</summary>
    public double Score(float[] features)
    {
        if (features.Length != BlockFeatures.Names.Length)
            throw new ArgumentException($"Expected {BlockFeatures.Names.Length} features, got {features.Length}.", nameof(features));
        var score = Bias;
        for (var t = 0; t < _nodeStart.Length; t++)
        {
            if (_nodeCount[t] == 0)
            {
                score += _leaf[_leafStart[t]];
                continue;
            }
            var start = _nodeStart[t];
            var node = 0;
            while (true)
            {
                var i = start + node;
                var next = features[_feature[i]] <= _threshold[i] ? _left[i] : _right[i];
                if (next < 0)
                {
                    score += _leaf[_leafStart[t] + ~next];
                    break;
                }
                node = next;
            }
        }
        return score;
    }

    public bool IsArticleText(float[] features) => Score(features) > Threshold;

    /// <summary>Writes the model as JSON.</summary>
    public void Save(string path)
    {
        var file = new BlockModelFile(Format, BlockFeatures.Names, Threshold, Bias, _trees);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(file, JsonOptions));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">When the file is not a block model of this version.</exception>
    public static BlockClassifierModel Load(Stream json)
    {
        var file = Read(json);
        return new BlockClassifierModel(file.Features, file.Threshold, file.Bias, file.Trees);
    }

    private static BlockModelFile Read(Stream json)
    {
        BlockModelFile? file;
        try
        {
            file = JsonSerializer.Deserialize<BlockModelFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The block model is not valid JSON: {e.Message}", e);
        }
        if (file is null || file.Format != Format || file.Features is null || file.Trees is null)
            throw new InvalidDataException($"The block model is not in the {Format} format.");
        return file;
    }

    public static BlockClassifierModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    private static BlockClassifierModel? LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        if (stream is null)
            return null;
        var model = Load(stream, out var sameFeatures);
        return sameFeatures ? model : null;
    }

    /// <summary>Reads a model, telling whether it was trained on this version's features instead of refusing one that was not.</summary>
    private static BlockClassifierModel? Load(Stream json, out bool sameFeatures)
    {
        var file = Read(json);
        sameFeatures = file.Features.SequenceEqual(BlockFeatures.Names, StringComparer.Ordinal);
        return sameFeatures ? new BlockClassifierModel(file.Features, file.Threshold, file.Bias, file.Trees) : null;
    }

    private sealed record BlockModelFile(
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("features")] string[] Features,
        [property: JsonPropertyName("threshold")] double Threshold,
        [property: JsonPropertyName("bias")] double Bias,
        [property: JsonPropertyName("trees")] BlockTree[] Trees);
}
