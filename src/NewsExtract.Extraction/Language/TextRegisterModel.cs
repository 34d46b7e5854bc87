using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsExtract.Extraction.Language;

/// <summary>
/// The learned register classifier: a logistic regression (ML.NET L-BFGS, trained by <c>newsextract train
/// register</c>) over <see cref="TextRegisterFeatures"/>, each feature standardised with the training set's mean and
/// spread, stored as plain JSON. A text is web writing when its probability reaches <see cref="Threshold"/>.
/// </summary>
public sealed class TextRegisterModel
{
    /// <summary>The format tag written into every model file.</summary>
    public const string Format = "newsextract-text-register/1";

    /// <summary>The shipped model's file name under <c>models/register/</c>.</summary>
    public const string DefaultFileName = "text-register.json";

    private const string ResourceName = "NewsExtract.Extraction.Language.text-register.json";

    private static readonly Lazy<TextRegisterModel?> LazyShipped = new(LoadShipped);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    private readonly double[] _means, _scales, _weights;

    public TextRegisterModel(string version, IReadOnlyList<string> features, IReadOnlyList<double> means, IReadOnlyList<double> scales,
        IReadOnlyList<double> weights, double bias, double threshold)
    {
        if (!features.SequenceEqual(TextRegisterFeatures.Names, StringComparer.Ordinal))
            throw new InvalidDataException("The register model was trained on other features than this version computes; retrain it with `newsextract train register`.");
        int n = features.Count;
        if (means.Count != n || scales.Count != n || weights.Count != n)
            throw new InvalidDataException($"The register model has {n} features but {means.Count} means, {scales.Count} scales and {weights.Count} weights.");
        if (scales.Any(s => !(s > 0)) || !double.IsFinite(bias) || weights.Any(w => !double.IsFinite(w)) || threshold is < 0 or > 1)
            throw new InvalidDataException("The register model has a non-positive scale, a weight that is not a number, or a threshold outside 0..1.");
        Version = version;
        _means = [.. means];
        _scales = [.. scales];
        _weights = [.. weights];
        Bias = bias;
        Threshold = threshold;
    }

    /// <summary>Name and date of the model, e.g. <c>text-register/1-20261208</c>.</summary>
    public string Version { get; }

    public double Bias { get; }

    /// <summary>A text whose web probability reaches this is web writing.</summary>
    public double Threshold { get; }

    public IReadOnlyList<double> Means => _means;
    public IReadOnlyList<double> Scales => _scales;
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The model that ships inside this assembly (from <c>models/register/</c>), or null when the build has none.</summary>
    public static TextRegisterModel? Shipped => LazyShipped.Value;

    /// <summary>The probability that a text with these features is web writing.</summary>
    public double Probability(ReadOnlySpan<float> features)
    {
        if (features.Length != _weights.Length)
            throw new ArgumentException($"Expected {_weights.Length} features, got {features.Length}.", nameof(features));
        double z = Bias;
        for (int i = 0; i < _weights.Length; i++)
            z += _weights[i] * (features[i] - _means[i]) / _scales[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The register of a text with these features.</summary>
    public string Judge(ReadOnlySpan<float> features) => Probability(features) >= Threshold ? TextRegisters.Web : TextRegisters.News;

    /// <summary>The same weights deciding at another threshold.</summary>
    public TextRegisterModel WithThreshold(double threshold) => new(Version, TextRegisterFeatures.Names, _means, _scales, _weights, Bias, threshold);

    /// <summary>Writes the model as JSON (whole or not at all).</summary>
    public void Save(string path)
    {
        var file = new TextRegisterModelFile(Format, Version, TextRegisterFeatures.Names, _means, _scales, _weights, Bias, Threshold);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(file, JsonOptions));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">When the stream is not a register model of this version.</exception>
    public static TextRegisterModel Load(Stream json)
    {
        TextRegisterModelFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TextRegisterModelFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Not a register model: {e.Message}", e);
        }
        if (file is null || file.Format != Format)
            throw new InvalidDataException($"Not a register model of format {Format}.");
        return new TextRegisterModel(file.Version ?? "text-register", file.Features ?? [], file.Means ?? [], file.Scales ?? [],
            file.Weights ?? [], file.Bias, file.Threshold);
    }

    public static TextRegisterModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    private static TextRegisterModel? LoadShipped()
    {
        using var stream = typeof(TextRegisterModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return null;
        try
        {
            return Load(stream);
        }
        catch (InvalidDataException)
        {
            // features changed since the shipped model was trained: tag everything as news until it is retrained
            return null;
        }
    }

    private sealed record TextRegisterModelFile(
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("version")] string? Version,
        [property: JsonPropertyName("features")] IReadOnlyList<string>? Features,
        [property: JsonPropertyName("means")] IReadOnlyList<double>? Means,
        [property: JsonPropertyName("scales")] IReadOnlyList<double>? Scales,
        [property: JsonPropertyName("weights")] IReadOnlyList<double>? Weights,
        [property: JsonPropertyName("bias")] double Bias,
        [property: JsonPropertyName("threshold")] double Threshold);
}
