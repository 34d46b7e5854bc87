using System.Text.Json;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// The learned merge decision (<c>models/events/event-merges.json</c>, written by <c>train event-merges</c>): a
/// logistic regression over <see cref="EventMergeFeatures"/> giving the probability that a sentence event restates
/// an earlier happening of its type; it merges when the probability reaches <see cref="Threshold"/>. The file holds
/// the feature names with their weights, so a file made for other features is refused.
/// </summary>
public sealed record EventMergeModel(string Version, string[] Names, float[] Weights, float Bias, float Threshold) : IEventMergeDecider
{
    public const string FileName = "event-merges.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The probability that the features describe a restatement.</summary>
    public float Probability(ReadOnlySpan<float> features)
    {
        double score = Bias;
        for (int i = 0; i < Weights.Length; i++) score += Weights[i] * features[i];
        return (float)(1 / (1 + Math.Exp(-score)));
    }

    public bool Merges(EventMergeCandidate candidate) => Probability(candidate.Features) >= Threshold;

    /// <summary>The model in <paramref name="directory"/>, or null when it has none (the coalescer's rules then decide).</summary>
    public static EventMergeModel? TryLoad(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return null;
        var model = JsonSerializer.Deserialize<EventMergeModel>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException($"{path} holds no merge model.");
        if (!model.Names.SequenceEqual(EventMergeFeatures.Names) || model.Weights.Length != model.Names.Length)
            throw new InvalidDataException($"{path} was trained on other features than this build computes; retrain it with train event-merges.");
        return model;
    }

    public void Write(string directory) =>
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(this, Options) + "\n");
}
