using Microsoft.ML;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;
using NewsExtract.Training.Events;

namespace NewsExtract.Tests.Events;

/// <summary>
/// Either trainer gives a model the runtime scorer reads from its weights and that decides as ML.NET's prediction
/// engine does; L-BFGS's L1 penalty drops weights SDCA keeps.
/// </summary>
public sealed class EventModelTrainerTests
{
    private static readonly (string Text, string[] Types)[] Sentences =
    [
        ("The ministers met in the capital on Monday.", ["Meeting"]),
        ("The two delegations held talks on Tuesday.", ["Meeting"]),
        ("The presidents met and held talks on trade.", ["Meeting"]),
        ("The company will invest 40 million dollars in a plant.", ["Investment"]),
        ("The fund invested in the new port.", ["Investment"]),
        ("Investors put 3 million dollars into the mine.", ["Investment"]),
        ("It rained all week in the north.", []),
        ("The museum opens at nine.", []),
        ("The river rose after the storm.", []),
    ];

    private static List<EventSentenceRow> Rows() => [.. EventTrainingSet.Hand(Sentences, 1f)];

    [Theory]
    [InlineData(EventTrainerKind.Lbfgs)]
    [InlineData(EventTrainerKind.Sdca)]
    public void The_scorer_read_from_the_weights_decides_as_the_prediction_engine(EventTrainerKind trainer)
    {
        var ml = new MLContext(seed: 7);
        var model = SavedAndLoaded(ml, EventModelTrainer.Train(ml, Rows(), new EventTrainingOptions(WeakNegatives: 0, Iterations: 20, Trainer: trainer, L1: 0.001f)));
        var scorer = LinearEventScorerReader.Read(ml, model);
        var engine = ml.Model.CreatePredictionEngine<EventSentenceRow, EventScores>(model);

        foreach (var (text, _) in Sentences.Append(("The leaders met to discuss new investments.", [])))
        {
            var features = EventFeatureText.For(text);
            var expected = engine.Predict(new EventSentenceRow { Text = features });
            var actual = scorer.Probabilities(features);
            for (int t = 0; t < EventTypes.All.Count; t++)
                Assert.True(Math.Abs(expected.Of(EventTypes.All[t]) - actual[t]) <= 1e-5f, $"{trainer} {EventTypes.All[t]}: engine {expected.Of(EventTypes.All[t])}, weights {actual[t]} for \"{text}\"");
        }
        int meeting = EventTypes.All.ToList().IndexOf("Meeting");
        Assert.True(scorer.Probabilities(EventFeatureText.For("The ministers met and held talks."))[meeting]
            > scorer.Probabilities(EventFeatureText.For("The river rose in the north."))[meeting], $"{trainer} learned nothing of meetings");
    }

    [Fact]
    public void A_strong_L1_penalty_leaves_fewer_weights_than_SDCA()
    {
        var ml = new MLContext(seed: 7);
        var sparse = LinearEventScorerReader.Read(ml, SavedAndLoaded(ml, EventModelTrainer.Train(ml, Rows(), new EventTrainingOptions(WeakNegatives: 0, Trainer: EventTrainerKind.Lbfgs, L1: 0.5f))));
        var dense = LinearEventScorerReader.Read(ml, SavedAndLoaded(ml, EventModelTrainer.Train(ml, Rows(), new EventTrainingOptions(WeakNegatives: 0, Iterations: 20, Trainer: EventTrainerKind.Sdca))));

        Assert.True(NonZero(sparse) < NonZero(dense), $"L-BFGS with L1 0.5 kept {NonZero(sparse)} weights, SDCA {NonZero(dense)}");
    }

    /// <summary>The model as the product reads it: saved as <c>events.zip</c> is, then loaded.</summary>
    private static ITransformer SavedAndLoaded(MLContext ml, ITransformer model)
    {
        using var stream = new MemoryStream();
        ml.Model.Save(model, null, stream);
        stream.Position = 0;
        return ml.Model.Load(stream, out _);
    }

    private static int NonZero(LinearEventScorer scorer)
    {
        int count = 0;
        foreach (var w in scorer.Weights) if (w != 0) count++;
        return count;
    }
}
