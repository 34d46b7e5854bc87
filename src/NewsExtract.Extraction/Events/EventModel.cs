using Microsoft.ML;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// The trained sentence event classifier (<c>models/events/events.zip</c>): one calibrated binary classifier per
/// event type over shared bag-of-words, stem, trigger and entity-type features; a sentence reports every type whose
/// probability reaches that type's threshold, or the type's triggered threshold when the sentence holds one of the
/// type's trigger words (<see cref="EventModelConfig"/>). Sentences are scored from the model's weights by a
/// <see cref="LinearEventScorer"/> (the same probabilities as ML.NET's prediction engine, without its per-sentence
/// cost or a lock). Safe to share across threads.
/// </summary>
public sealed class EventModel : IEventSentenceClassifier, IEventTriggerLocator
{
    public const string ModelFileName = "events.zip";

    private readonly LinearEventScorer _scorer;

    public EventModel(ITransformer model, EventModelConfig config)
    {
        Config = config;
        _scorer = LinearEventScorerReader.Read(new MLContext(seed: 1), model);
    }

    /// <summary>A model from its scorer as <see cref="EventScorerFile"/> stores it.</summary>
    public EventModel(LinearEventScorer scorer, EventModelConfig config)
    {
        Config = config;
        _scorer = scorer;
    }

    /// <summary>The weights the model scores sentences with.</summary>
    public LinearEventScorer Scorer => _scorer;

    public EventModelConfig Config { get; }

    /// <summary>The learned merge decision stored beside the model (<see cref="EventMergeModel.FileName"/>), if any.</summary>
    public EventMergeModel? Merges { get; init; }

    public string Version => Config.Version;

    /// <summary>
    /// The model in <paramref name="directory"/>: from its <see cref="EventScorerFile"/> when that was made from this
    /// <c>events.zip</c>, else from the zip through ML.NET (slower to load, same decisions).
    /// </summary>
    public static EventModel Load(string directory)
    {
        var zip = Path.Combine(directory, ModelFileName);
        var configPath = Path.Combine(directory, EventModelConfig.FileName);
        if (!File.Exists(zip)) throw new FileNotFoundException($"The event model {zip} does not exist.", zip);
        if (!File.Exists(configPath)) throw new FileNotFoundException($"The event model configuration {configPath} does not exist.", configPath);
        // The scorer stored beside the zip (made from this very zip) spares ML.NET's model loader.
        if (EventScorerFile.TryRead(Path.Combine(directory, EventScorerFile.FileName), EventScorerFile.HashOf(zip)) is { } scorer)
            return new EventModel(scorer, EventModelConfig.Read(configPath)) { Merges = EventMergeModel.TryLoad(directory) };
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(zip, out _);
        return new EventModel(model, EventModelConfig.Read(configPath)) { Merges = EventMergeModel.TryLoad(directory) };
    }

    /// <summary>The shipped model: <c>models/events/</c> beside the program or in the nearest folder above it.</summary>
    public static EventModel LoadDefault() => Load(DefaultDirectory());

    /// <summary>The folder of the shipped model.</summary>
    public static string DefaultDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", "events");
            if (File.Exists(Path.Combine(candidate, ModelFileName))) return candidate;
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

    /// <summary>Words that carry grammar or amounts, not an event: the model weighs "will" or "million" for some types, but they name no happening.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "into", "about",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have", "had", "was", "were", "is",
        "are", "be", "been", "being", "this", "that", "these", "those", "it", "its", "their", "his", "her", "he", "she", "they",
        "we", "also", "new", "former", "both", "two", "sides", "side", "parties", "million", "billion", "thousand", "trillion",
        "percent", "total", "worth", "year", "month", "week", "day", "during", "after", "before", "over", "between", "under",
        "within", "through", "since", "while", "when", "which", "who", "said", "says", "told", "noted", "stated", "according",
    };

    /// <summary>
    /// The lower-case word (not a name: capitalised words inside the sentence are skipped) whose own weight and its
    /// stem's weight for <paramref name="type"/> are largest and positive, grammar and amount words aside: "discussed"
    /// in a sentence reporting talks.
    /// </summary>
    public Mention? StrongestWord(string sentence, string type)
    {
        int t = 0;
        while (t < EventTypes.All.Count && EventTypes.All[t] != type) t++;
        if (t == EventTypes.All.Count) return null;
        Mention? best = null;
        float bestWeight = 0;
        bool first = true;
        foreach (var w in WordScanner.Scan(sentence, 0, sentence.Length))
        {
            var word = sentence[w.Start..w.End];
            bool isFirst = first;
            first = false;
            if (!char.IsLetter(word[0]) || char.IsUpper(word[0]) && !isFirst) continue;
            var lower = word.ToLowerInvariant();
            if (FunctionWords.Contains(lower)) continue;
            var stem = EventFeatureText.Stem(lower);
            float weight = _scorer.WeightOf(lower, t) + (stem != lower ? _scorer.WeightOf("stem_" + stem, t) : 0);
            if (weight > bestWeight) (best, bestWeight) = (new Mention(w.Start, w.End), weight);
        }
        return best;
    }
}
