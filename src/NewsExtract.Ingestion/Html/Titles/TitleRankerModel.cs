using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsExtract.Ingestion.Html.Blocks;

namespace NewsExtract.Ingestion.Html.Titles;

/// <summary>
/// The learned title ranker: regression trees (ML.NET FastTree, trained by <c>newsextract train html-titles</c>) over
/// <see cref="TitleFeatures"/>, stored as plain JSON in the same tree layout as the block classifier
/// (<see cref="BlockTree"/>). The page's title is its candidate with the highest score.
/// </summary>
public sealed class TitleRankerModel
{
    /// <summary>The format tag written into every model file.</summary>
    public const string Format = "newsextract-title-trees/1";

    private const string ResourceName = "NewsExtract.Ingestion.Html.Titles.html-titles.json";

    private static readonly Lazy<TitleRankerModel?> LazyShipped = new(LoadShipped);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

    private readonly BlockTree[] _trees;

    public TitleRankerModel(IReadOnlyList<string> features, double bias, IReadOnlyList<BlockTree> trees)
    {
        if (!features.SequenceEqual(TitleFeatures.Names, StringComparer.Ordinal))
            throw new InvalidDataException("The title model was trained on other features than this version computes; retrain it with `newsextract train html-titles`.");
        foreach (var tree in trees)
            tree.Validate(features.Count);
        Bias = bias;
        _trees = trees.ToArray();
    }

    public double Bias { get; }

    public IReadOnlyList<BlockTree> Trees => _trees;

    /// <summary>The model that ships inside this assembly (from <c>models/html-titles/</c>), or null when the build has none or it does not fit these features.</summary>
    public static TitleRankerModel? Shipped => LazyShipped.Value;

    /// <summary>The raw score of one candidate (sum of tree outputs and the bias); higher is more likely the headline.</summary>
    public double Score(float[] features)
    {
        if (features.Length != TitleFeatures.Names.Length)
            throw new ArgumentException($"Expected {TitleFeatures.Names.Length} features, got {features.Length}.", nameof(features));
        var score = Bias;
        foreach (var tree in _trees)
            score += tree.Evaluate(features);
        return score;
    }

    /// <summary>The candidate with the highest score (the first of equals), or null when there is none.</summary>
    public TitleCandidate? Best(IReadOnlyList<TitleCandidate> candidates)
    {
        TitleCandidate? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var score = Score(candidate.Features);
            if (score > bestScore)
                (best, bestScore) = (candidate, score);
        }
        return best;
    }

    /// <summary>Writes the model as JSON.</summary>
    public void Save(string path)
    {
        var file = new TitleModelFile(Format, TitleFeatures.Names, Bias, _trees);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(file, JsonOptions));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">When the stream is not a title model of this version.</exception>
    public static TitleRankerModel Load(Stream json)
    {
        TitleModelFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TitleModelFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The title model is not valid JSON: {e.Message}", e);
        }
        if (file is null || file.Format != Format || file.Features is null || file.Trees is null)
            throw new InvalidDataException($"The title model is not in the {Format} format.");
        return new TitleRankerModel(file.Features, file.Bias, file.Trees);
    }

    /// <summary>
    /// The embedded model; null when the build has none or when it was trained on other features than this version
    /// computes (then the rules choose the title until <c>train html-titles</c> is run again, which itself must be
    /// able to start; a test checks that the shipped model loads).
    /// </summary>
    private static TitleRankerModel? LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        if (stream is null)
            return null;
        try
        {
            return Load(stream);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private sealed record TitleModelFile(
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("features")] string[] Features,
        [property: JsonPropertyName("bias")] double Bias,
        [property: JsonPropertyName("trees")] BlockTree[] Trees);
}
