using Microsoft.ML;
using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// The trained sentence event classifier (<c>models/events/events.zip</c>): one calibrated binary classifier per
/// event type over shared bag-of-words, stem, trigger and entity-type features; a sentence reports every type whose
/// probability reaches that type's threshold, or the type's triggered threshold when the sentence holds one of the
/// type's trigger words (<see cref="EventModelConfig"/>). Safe to share across threads.
/// </summary>
public sealed class EventModel : IEventSentenceClassifier
{
    public const string ModelFileName = "events.zip";

    private readonly PredictionEngine<EventSentenceRow, EventScores> _engine;
    private readonly Lock _lock = new();

    public EventModel(ITransformer model, EventModelConfig config)
    {
        Config = config;
        _engine = new MLContext(seed: 1).Model.CreatePredictionEngine<EventSentenceRow, EventScores>(model);
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

    public EventScores Score(string sentence)
    {
        var row = new EventSentenceRow { Text = EventFeatureText.For(sentence) };
        lock (_lock) return _engine.Predict(row);
    }

    public IReadOnlyList<string> Classify(string sentence)
    {
        var scores = Score(sentence);
        var triggered = EventTriggerLexicon.TypesIn(sentence);
        return [.. EventTypes.All.Where(t => scores.Of(t) >= (triggered.Contains(t) ? Config.TriggeredThresholdOf(t) : Config.ThresholdOf(t)))];
    }
}
