using System.Text.Json;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// What ships beside the event model zip (<c>events.config.json</c>): its version and the probability threshold of
/// each type above which a sentence is taken to report that type, and the lower threshold used when the sentence
/// holds one of the type's trigger words (the model then only has to confirm the trigger): one for all types
/// (<see cref="TriggeredThreshold"/>) or one per type (<see cref="TriggeredThresholds"/>, chosen by cross-validation);
/// with neither, every sentence uses the type's threshold.
/// </summary>
public sealed record EventModelConfig(string Version, Dictionary<string, float> Thresholds, float? TriggeredThreshold = null, Dictionary<string, float>? TriggeredThresholds = null)
{
    public const string FileName = "events.config.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public float ThresholdOf(string type) => Thresholds.TryGetValue(type, out var t) ? t : 0.5f;

    /// <summary>The threshold of a sentence holding one of the type's trigger words.</summary>
    public float TriggeredThresholdOf(string type) =>
        TriggeredThresholds is not null && TriggeredThresholds.TryGetValue(type, out var t) ? t
        : TriggeredThreshold is { } all ? Math.Min(all, ThresholdOf(type)) : ThresholdOf(type);

    public static EventModelConfig Read(string path) =>
        JsonSerializer.Deserialize<EventModelConfig>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path} holds no event model configuration.");

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Options) + "\n");
}
