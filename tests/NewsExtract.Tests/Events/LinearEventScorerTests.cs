using Microsoft.ML;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;
using NewsExtract.Tests.Support;
using NewsExtract.Training.Events;

namespace NewsExtract.Tests.Events;

/// <summary>
/// The event model scored from its weights must decide exactly as ML.NET's prediction engine over the same model
/// (the way every sentence was scored before): same probabilities to float rounding, same types reported, on every
/// hand-labelled sentence of corpus/events/train.tsv.
/// </summary>
public sealed class LinearEventScorerTests
{
    private static readonly string ModelDirectory = RepoPaths.InRepo("models", "events");

    [Fact]
    public void Scoring_from_weights_decides_as_the_prediction_engine_on_every_hand_labelled_sentence()
    {
        var model = EventModel.Load(ModelDirectory);
        var ml = new MLContext(seed: 1);
        var engine = ml.Model.CreatePredictionEngine<EventSentenceRow, EventScores>(ml.Model.Load(Path.Combine(ModelDirectory, EventModel.ModelFileName), out _));
        var sentences = LabelledEventSentences.Read(RepoPaths.InRepo("corpus", "events", "train.tsv"));
        Assert.True(sentences.Count > 1000, $"only {sentences.Count} labelled sentences read");

        int reported = 0;
        foreach (var (sentence, _) in sentences)
        {
            var expected = engine.Predict(new EventSentenceRow { Text = EventFeatureText.For(sentence) });
            var actual = model.Score(sentence);
            foreach (var type in EventTypes.All)
                Assert.True(Math.Abs(expected.Of(type) - actual.Of(type)) <= 1e-5f, $"{type}: engine {expected.Of(type)}, weights {actual.Of(type)} for \"{sentence}\"");

            var triggered = EventTriggerLexicon.TypesIn(sentence);
            var engineTypes = EventTypes.All.Where(t => expected.Of(t) >= (triggered.Contains(t) ? model.Config.TriggeredThresholdOf(t) : model.Config.ThresholdOf(t)));
            var types = model.Classify(sentence);
            Assert.Equal(engineTypes, types);
            reported += types.Count;
        }
        Assert.True(reported > 500, $"only {reported} types reported over the labelled sentences: the comparison says little");
    }

    [Fact]
    public void Normalizer_drops_punctuation_and_diacritics_and_keeps_case_and_digits()
    {
        var normalizer = EventTextNormalizer.FromMlNet(new MLContext(seed: 1));
        Assert.Equal("Erdogans visit 2018 entx", normalizer.Normalize("Erdoğan's visit, 2018! ent_x"));
        Assert.Equal("plain words", normalizer.Normalize("plain words"));
    }
}
