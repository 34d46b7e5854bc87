using Microsoft.ML;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// The trained officials layer (<c>models/officials/</c>): a logistic regression that scores a (person, title) link
/// (<c>link.zip</c>, features from <see cref="OfficialLinkFeatures"/>), one that scores a (official, state) pair
/// (<c>country.zip</c>, features from <see cref="ServedCountryFeatures"/>), and the generated lexicon they read
/// (<see cref="OfficialLexicon"/>). Both are scored from their weights (<see cref="HashedBagClassifier"/>: the same
/// probabilities as ML.NET's prediction engine, without a lock). Safe to share across threads.
/// </summary>
public sealed class OfficialsModel
{
    public const string LinkFileName = "link.zip";
    public const string CountryFileName = "country.zip";
    public const string DefaultFolder = "officials";

    private readonly HashedBagClassifier _link;
    private readonly HashedBagClassifier _country;

    public OfficialsModel(ITransformer link, ITransformer country, OfficialLexicon lexicon, OfficialsModelConfig config)
        : this(HashedBagClassifierReader.Read(new MLContext(seed: 1), link), HashedBagClassifierReader.Read(new MLContext(seed: 1), country), lexicon, config)
    {
    }

    /// <summary>A model from its classifiers scored from their weights (as <see cref="OfficialsScorerFile"/> stores them).</summary>
    public OfficialsModel(HashedBagClassifier link, HashedBagClassifier country, OfficialLexicon lexicon, OfficialsModelConfig config)
    {
        _link = link;
        _country = country;
        Lexicon = lexicon;
        Config = config;
    }

    public OfficialLexicon Lexicon { get; }

    public OfficialsModelConfig Config { get; }

    /// <summary>
    /// The model in <paramref name="directory"/>: its classifiers from <see cref="OfficialsScorerFile"/> when that was
    /// made from the zips there, else from the zips through ML.NET (slower to load, same decisions).
    /// </summary>
    public static OfficialsModel Load(string directory)
    {
        var configPath = Path.Combine(directory, OfficialsModelConfig.FileName);
        if (!File.Exists(configPath)) throw new FileNotFoundException($"The officials model configuration {configPath} does not exist.", configPath);
        foreach (var name in new[] { LinkFileName, CountryFileName })
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path)) throw new FileNotFoundException($"The officials model {path} does not exist; `newsextract train officials` writes it.", path);
        }
        if (OfficialsScorerFile.TryRead(directory) is var (link, country))
            return new OfficialsModel(link, country, OfficialLexicon.Load(directory), OfficialsModelConfig.Read(configPath));
        var ml = new MLContext(seed: 1);
        ITransformer Read(string name) => ml.Model.Load(Path.Combine(directory, name), out _);
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
        return _link.Probability(features);
    }

    /// <summary>The probability that the candidate state is the one the official serves.</summary>
    public float CountryProbability(string features)
    {
        return _country.Probability(features);
    }
}
