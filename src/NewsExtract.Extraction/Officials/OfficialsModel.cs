using Microsoft.ML;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// The trained officials layer (<c>models/officials/</c>): a logistic regression that scores a (person, title) link
/// (<c>link.zip</c>, features from <see cref="OfficialLinkFeatures"/>), one that scores a (official, state) pair
/// (<c>country.zip</c>, features from <see cref="ServedCountryFeatures"/>), and the generated lexicon they read
/// (<see cref="OfficialLexicon"/>). Safe to share across threads.
/// </summary>
public sealed class OfficialsModel
{
    public const string LinkFileName = "link.zip";
    public const string CountryFileName = "country.zip";
    public const string DefaultFolder = "officials";

    private readonly PredictionEngine<OfficialFeatureRow, OfficialPrediction> _link;
    private readonly PredictionEngine<OfficialFeatureRow, OfficialPrediction> _country;
    private readonly Lock _lock = new();

    public OfficialsModel(ITransformer link, ITransformer country, OfficialLexicon lexicon, OfficialsModelConfig config)
    {
        var ml = new MLContext(seed: 1);
        _link = ml.Model.CreatePredictionEngine<OfficialFeatureRow, OfficialPrediction>(link);
        _country = ml.Model.CreatePredictionEngine<OfficialFeatureRow, OfficialPrediction>(country);
        Lexicon = lexicon;
        Config = config;
    }

    public OfficialLexicon Lexicon { get; }

    public OfficialsModelConfig Config { get; }

    public static OfficialsModel Load(string directory)
    {
        var ml = new MLContext(seed: 1);
        ITransformer Read(string name)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path)) throw new FileNotFoundException($"The officials model {path} does not exist; `newsextract train officials` writes it.", path);
            return ml.Model.Load(path, out _);
        }
        var configPath = Path.Combine(directory, OfficialsModelConfig.FileName);
        if (!File.Exists(configPath)) throw new FileNotFoundException($"The officials model configuration {configPath} does not exist.", configPath);
        return new OfficialsModel(Read(LinkFileName), Read(CountryFileName), OfficialLexicon.Load(directory), OfficialsModelConfig.Read(configPath));
    }

    /// <summary>The shipped model: <c>models/officials/</c> beside the program or in the nearest folder above it.</summary>
    public static OfficialsModel LoadDefault() => Load(DefaultDirectory());

    /// <summary>The folder of the shipped model.</summary>
    public static string DefaultDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", DefaultFolder);
            if (File.Exists(Path.Combine(candidate, LinkFileName))) return candidate;
        }
        throw new FileNotFoundException($"The default officials model models/{DefaultFolder}/{LinkFileName} was not found beside the program or above it.");
    }

    /// <summary>The probability that the link's person holds the linked office.</summary>
    public float LinkProbability(string features)
    {
        lock (_lock) return _link.Predict(new OfficialFeatureRow { Features = features }).Probability;
    }

    /// <summary>The probability that the candidate state is the one the official serves.</summary>
    public float CountryProbability(string features)
    {
        lock (_lock) return _country.Predict(new OfficialFeatureRow { Features = features }).Probability;
    }
}
