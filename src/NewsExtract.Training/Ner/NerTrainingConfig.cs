using System.Text.Json;
using System.Text.Json.Serialization;
using NewsExtract.Extraction.EntityRecognition;

namespace NewsExtract.Training.Ner;

/// <summary>
/// How one NER model is trained, as a JSON file committed beside the model: corpora, type scheme, trainer and its
/// settings, seed, features and pruning. Command-line arguments add to or override it.
/// </summary>
public sealed record NerTrainingConfig
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Name and version recorded in documents, e.g. "newsextract-ner/1.0".</summary>
    public string Version { get; init; } = "ner/dev";

    /// <summary>"newsextract" (product types) or "conll" (PER/ORG/LOC/MISC).</summary>
    public string Scheme { get; init; } = "newsextract";

    /// <summary>Training corpora as FORMAT:PATH[@FROM-TO].</summary>
    public List<string> Train { get; init; } = [];

    /// <summary>Development corpus for the model card's scores (FORMAT:PATH[@FROM-TO]), optional.</summary>
    public string? Dev { get; init; }

    /// <summary>
    /// A reference model (zip) that completes partially annotated corpora (format "gold": persons, organisations,
    /// places only) with its predictions of the other types (<see cref="SilverTypeFiller"/>); null: no completion.
    /// </summary>
    public string? SilverTypesFrom { get; init; }

    /// <summary>Other corpora scored for the model card (FORMAT:PATH[@FROM-TO]), each on the types it annotates.</summary>
    public List<string> AlsoScore { get; init; } = [];

    /// <summary>Analysts' reviewed articles added to the training data (null = none).</summary>
    public NerReviewsConfig? Reviews { get; init; }

    /// <summary>"sdca" (SdcaMaximumEntropy) or "lbfgs" (LbfgsMaximumEntropy).</summary>
    public string Trainer { get; init; } = "sdca";

    public int Seed { get; init; } = 1;

    /// <summary>L2 regularisation (SDCA: on mean loss, ~1e-6; LBFGS: on summed loss, ~1).</summary>
    public float L2 { get; init; } = 1e-6f;

    /// <summary>L1 regularisation for SDCA (0 keeps every weight; SDCA would otherwise auto-tune it and zero most of them).</summary>
    public float L1 { get; init; }

    public int MaxIterations { get; init; } = 30;

    /// <summary>Number of folds (by document) for out-of-fold training-data gazetteers.</summary>
    public int GazetteerFolds { get; init; } = 5;

    /// <summary>Weight rows with every magnitude at or below this are left out of the saved model.</summary>
    public float PruneThreshold { get; init; } = 1e-3f;

    /// <summary>Add the world gazetteer (models/gazetteer: countries, nationalities, cities, regions, international
    /// organisations, office titles) to the gazetteer features' facts.</summary>
    public bool WorldGazetteer { get; init; }

    /// <summary>Number of word clusters to learn from the training text (0 = none).</summary>
    public int Clusters { get; init; }

    /// <summary>Extra unlabelled corpora (FORMAT:PATH) whose words feed the clusters, besides the training text.</summary>
    public List<string> ClusterText { get; init; } = [];

    public NerFeatureConfig Features { get; init; } = new();

    /// <summary>
    /// How much tag-to-tag transition log-probabilities counted on the training data count beside the token scores
    /// when decoding (0: IOB2 constraints only). The counts are stored in the model either way, so the weight can be
    /// measured later with <c>--transition-weight</c>.
    /// </summary>
    public float TransitionWeight { get; init; }

    public static NerTrainingConfig Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<NerTrainingConfig>(File.ReadAllText(path), JsonOptions)
                ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid NER training config: {e.Message}", e);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
