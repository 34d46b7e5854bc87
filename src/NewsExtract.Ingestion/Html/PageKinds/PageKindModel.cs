using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsExtract.Ingestion.Html.Blocks;

namespace NewsExtract.Ingestion.Html.PageKinds;

/// <summary>
/// The learned page-kind classifier: regression trees (ML.NET FastTree, trained by <c>newsextract train
/// html-page-kinds</c>) over <see cref="PageKindFeatures"/>, stored as plain JSON in the block classifier's tree
/// layout (<see cref="BlockTree"/>). A page is an article when its score (bias plus the trees' leaf values) is above
/// <see cref="Threshold"/>; below it the page is a listing, section front, forum, product or other non-article page.
/// </summary>
public sealed class PageKindModel
{
    /// <summary>The format tag written into every model file.</summary>
    public const string Format = "newsextract-page-kind-trees/1";

    private const string ResourceName = "NewsExtract.Ingestion.Html.PageKinds.html-page-kinds.json";

    private static readonly Lazy<PageKindModel?> LazyShipped = new(LoadShipped);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

    private readonly BlockTree[] _trees;

    public PageKindModel(IReadOnlyList<string> features, double threshold, double bias, IReadOnlyList<BlockTree> trees)
    {
        if (!features.SequenceEqual(PageKindFeatures.Names, StringComparer.Ordinal))
            throw new InvalidDataException("The page-kind model was trained on other features than this version computes; retrain it with `newsextract train html-page-kinds`.");
        foreach (var tree in trees)
            tree.Validate(features.Count);
        Threshold = threshold;
        Bias = bias;
        _trees = trees.ToArray();
    }

    /// <summary>Pages scoring above this are articles.</summary>
    public double Threshold { get; }

    public double Bias { get; }

    public IReadOnlyList<BlockTree> Trees => _trees;

    /// <summary>The model that ships inside this assembly (from <c>models/html-page-kinds/</c>), or null when the build has none or it does not fit these features.</summary>
    public static PageKindModel? Shipped => LazyShipped.Value;

    /// <summary>The raw score of a page (sum of tree outputs and the bias); higher is more likely an article.</summary>
    public double Score(float[] features)
    {
        if (features.Length != PageKindFeatures.Names.Length)
            throw new ArgumentException($"Expected {PageKindFeatures.Names.Length} features, got {features.Length}.", nameof(features));
        var score = Bias;
        foreach (var tree in _trees)
            score += tree.Evaluate(features);
        return score;
    }

    /// <summary>The model's verdict on a page with these features.</summary>
    public PageKindVerdict Judge(float[] features)
    {
        var score = Score(features);
        return new PageKindVerdict(score > Threshold, score, Threshold, PageKindVerdict.Describe(features));
    }

    /// <summary>The same trees with another decision threshold.</summary>
    public PageKindModel WithThreshold(double threshold) => new(PageKindFeatures.Names, threshold, Bias, _trees);

    /// <summary>Writes the model as JSON.</summary>
    public void Save(string path)
    {
        var file = new PageKindModelFile(Format, PageKindFeatures.Names, Threshold, Bias, _trees);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(file, JsonOptions));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">When the stream is not a page-kind model of this version.</exception>
    public static PageKindModel Load(Stream json)
    {
        PageKindModelFile? file;
        try
        {
            file = JsonSerializer.Deserialize<PageKindModelFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The page-kind model is not valid JSON: {e.Message}", e);
        }
        if (file is null || file.Format != Format || file.Features is null || file.Trees is null)
            throw new InvalidDataException($"The page-kind model is not in the {Format} format.");
        return new PageKindModel(file.Features, file.Threshold, file.Bias, file.Trees);
    }

    /// <summary>
    /// The embedded model; null when the build has none or when it was trained on other features than this version
    /// computes (then every page with text counts as an article until <c>train html-page-kinds</c> is run again; a
    /// test checks that the shipped model loads).
    /// </summary>
    private static PageKindModel? LoadShipped()
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

    private sealed record PageKindModelFile(
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("features")] string[] Features,
        [property: JsonPropertyName("threshold")] double Threshold,
        [property: JsonPropertyName("bias")] double Bias,
        [property: JsonPropertyName("trees")] BlockTree[] Trees);
}
