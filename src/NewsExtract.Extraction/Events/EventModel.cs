using Microsoft.ML;
using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// The trained sentence event classifier (<c>models/events/events.zip</c>): one calibrated binary classifier per
/// event type over shared bag-of-words, stem, trigger and entity-type features; a sentence reports every type whose
/// probability reaches that type's threshold, or the type's triggered threshold when the sentence holds one of the
/// type's trigger words (<see cref="EventModelConfig"/>). Sentences are scored from the model's weights by a
/// <see cref="LinearEventScorer"/> (the same probabilities as ML.NET's prediction engine, without its per-sentence
/// cost or a lock). Safe to share across threads.
/// </summary>
public sealed class EventModel : IEventSentenceClassifier
{
    public const string ModelFileName = "events.zip";

    private readonly LinearEventScorer _scorer;

    public EventModel(ITransformer model, EventModelConfig config)
    {
        Config = config;
        _scorer = LinearEventScorerReader.Read(new MLContext(seed: 1), model);
    }

    public EventModelConfig Config { get; }

    public string Version => Config.Version;

    public static EventModel Load(string directory)
    {
        var zip = Path.Combine(directory, ModelFileName);
        var configPath = Path.Combine(directory, EventModelConfig.FileName);
        if (!File.Exists(zip)) throw new FileNotFoundException($"The event model {zip} does not exist.", zip);
        if (!File.Exists(configPath)) throw new FileNotFoundException($"The event model configuration {configPath} does not exist.", configPath);
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(zip, out _);
        return new EventModel(model, EventModelConfig.Read(configPath));
    }

    /// <summary>The shipped model: <c>models/events/</c> beside the program or in the nearest folder above it.</summary>
    public static EventModel LoadDefault()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", "events");
            if (File.Exists(Path.Combine(candidate, ModelFileName))) return Load(candidate);
        }
        throw new FileNotFoundException($"The default event model models/events/{ModelFileName} was not found beside the program or above it.");
    }

    public EventScores Score(string sentence) => Score(sentence, out _);

    private EventScores Score(string sentence, out IReadOnlyList<string>? triggerTypes)
    {
        var probabilities = _scorer.Probabilities(EventFeatureText.For(sentence, out triggerTypes));
        var scores = new EventScores();
        for (int t = 0; t < probabilities.Length; t++) scores.Set(EventTypes.All[t], probabilities[t]);
        return scores;
    }

    public IReadOnlyList<string> Classify(string sentence)
    {
        var scores = Score(sentence, out var triggerTypes);
        var triggered = triggerTypes ?? EventTriggerLexicon.TypesIn(sentence);
        return [.. EventTypes.All.Where(t => scores.Of(t) >= (triggered.Contains(t) ? Config.TriggeredThresholdOf(t) : Config.ThresholdOf(t)))];
    }
}
