using System.Collections.Concurrent;
using System.Diagnostics;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Events;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Language;
using NewsExtract.Extraction.Numbers.Context;
using NewsExtract.Extraction.Numbers.Dates;
using NewsExtract.Extraction.Numbers.Money;
using NewsExtract.Extraction.Numbers.Percentages;
using NewsExtract.Extraction.Officials;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction;

/// <summary>The shipped extraction pipeline: its components in order, each adding one layer to the document.</summary>
public static class DefaultPipeline
{
    /// <param name="events">The sentence event classifier; the shipped model (models/events) when null.</param>
    /// <param name="officials">The officials layer; the shipped model (models/officials) when null.</param>
    /// <param name="entities">The named-entity recogniser; the shipped model (models/ner) when null.</param>
    /// <param name="eventMerges">Decides which sentence events restate earlier ones; the merge model beside the event model (else the rules) when null.</param>
    public static ExtractionPipeline Create(IEventSentenceClassifier? events = null, OfficialRecognizer? officials = null, EntityRecognizer? entities = null, IEventMergeDecider? eventMerges = null) =>
        Create(out _, events, officials, entities, eventMerges);

    /// <summary>The pipeline, and how long each model took to load (wall clock, on its own thread: the loads overlap).</summary>
    public static ExtractionPipeline Create(out IReadOnlyList<(string Model, TimeSpan Load)> loadTimes,
        IEventSentenceClassifier? events = null, OfficialRecognizer? officials = null, EntityRecognizer? entities = null, IEventMergeDecider? eventMerges = null)
    {
        var times = new ConcurrentQueue<(string, TimeSpan)>();
        T Timed<T>(string model, Func<T> load)
        {
            long started = Stopwatch.GetTimestamp();
            var loaded = load();
            times.Enqueue((model, Stopwatch.GetElapsedTime(started)));
            return loaded;
        }
        // The models are independent files: the recogniser and the event classifier load beside the gazetteer and the
        // officials layer (which reads the gazetteer), so start-up takes about as long as the slowest where cores are free.
        var entityLoad = entities is null ? Task.Run(() => Timed("ner", EntityRecognizer.LoadDefault)) : Task.FromResult(entities);
        var eventLoad = events is null ? Task.Run(() => Timed<IEventSentenceClassifier>("events", EventModel.LoadDefault)) : Task.FromResult(events);
        var gazetteer = Timed("gazetteer", WorldGazetteer.LoadDefault);
        var officialLayer = officials ?? Timed("officials", () => new OfficialRecognizer(OfficialsModel.LoadDefault()));
        var eventClassifier = eventLoad.GetAwaiter().GetResult();
        var places = new PlaceResolver(gazetteer);
        var pipeline = new ExtractionPipeline(
        [
            new Tokenizer(),
            new SentenceSplitter(),
            new LanguageIdentifier(),
            new TextRegisterDetector(),
            entityLoad.GetAwaiter().GetResult(),
            new EntitySpanRefiner(),
            new DatelinePlaceRecognizer(gazetteer),
            new RouteEndPlaces(gazetteer),
            new HyphenatedPlaceSplitter(gazetteer),
            new MoneyRecognizer(),
            new PercentageRecognizer(),
            new DateRecognizer(),
            new MoneyContextAnnotator(),
            new QualifierAnnotator(),
            new EntityMerger(),
            places,
            officialLayer,
            new PlacesInsideNames(gazetteer, places),
            new EventExtractor(eventClassifier, eventMerges),
        ]);
        loadTimes = [.. times];
        return pipeline;
    }
}
