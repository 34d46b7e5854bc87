using System.Text.Json;
using NewsExtract.Training.Ner;

namespace NewsExtract.Training.Register;

/// <summary>
/// How the register classifier is trained, as a JSON file committed beside the model
/// (<c>models/register/text-register.config.json</c>): the web-writing and news corpora (FORMAT:PATH, as for the NER
/// trainer), the corpora it is only measured on, the seed, folds, penalties and how many news documents the
/// threshold may take for web writing.
/// </summary>
public sealed record TextRegisterTrainingOptions
{
    /// <summary>Name and version recorded in documents, e.g. "text-register/1".</summary>
    public string Version { get; init; } = "text-register/dev";

    /// <summary>Corpora of informal web writing (the positive class).</summary>
    public List<string> Web { get; init; } = [];

    /// <summary>Corpora of edited news copy.</summary>
    public List<string> News { get; init; } = [];

    /// <summary>Corpora only measured with the trained model (the share of their documents judged web writing); never trained on.</summary>
    public List<string> AlsoMeasure { get; init; } = [];

    public int Seed { get; init; } = 7;

    public int Folds { get; init; } = 5;

    public float L1 { get; init; } = 0.01f;

    public float L2 { get; init; } = 0.01f;

    /// <summary>The largest share of news documents (out of fold) the threshold may judge web writing.</summary>
    public double MaxNewsAsWeb { get; init; } = 0.005;

    public static TextRegisterTrainingOptions Load(string path)
    {
        try
        {
            var options = JsonSerializer.Deserialize<TextRegisterTrainingOptions>(File.ReadAllText(path), NerTrainingConfig.JsonOptions)
                ?? throw new InvalidDataException($"{path} is empty.");
            if (options.Folds < 2) throw new InvalidDataException($"{path}: folds must be at least 2.");
            if (options.MaxNewsAsWeb is < 0 or >= 1) throw new InvalidDataException($"{path}: maxNewsAsWeb must be in [0, 1).");
            if (options.Web.Count == 0 || options.News.Count == 0) throw new InvalidDataException($"{path}: needs web and news corpora.");
            return options;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid register training config: {e.Message}", e);
        }
    }
}
