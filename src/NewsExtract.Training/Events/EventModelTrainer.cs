using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Training.Events;

/// <summary>
/// Trains the sentence event classifier: a shared featuriser (word unigrams and bigrams of
/// <see cref="EventFeatureText"/>) and one logistic regression per event type (one-vs-rest, so a sentence may
/// report several types; L-BFGS or SDCA, <see cref="EventTrainerKind"/>), each copying its calibrated probability to
/// <c>P_&lt;Type&gt;</c>. Single-threaded, so the same data gives the same model.
/// </summary>
public static class EventModelTrainer
{
    public static ITransformer Train(MLContext ml, IReadOnlyList<EventSentenceRow> rows, EventTrainingOptions options)
    {
        var data = ml.Data.Cache(ml.Data.LoadFromEnumerable(rows));
        IEstimator<ITransformer> pipeline = ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = options.NormalizeFeatures ? TextFeaturizingEstimator.NormFunction.L2 : TextFeaturizingEstimator.NormFunction.None,
        }, nameof(EventSentenceRow.Text)).AppendCacheCheckpoint(ml);
        foreach (var type in EventTypes.All)
            pipeline = pipeline.Append(Classifier(ml, type, options)).Append(ml.Transforms.CopyColumns("P_" + type, "Probability"));
        return pipeline.Fit(data);
    }

    /// <summary>The logistic regression of one type, by the options' trainer (both single-threaded: the same data gives the same model).</summary>
    private static IEstimator<ITransformer> Classifier(MLContext ml, string type, EventTrainingOptions options) => options.Trainer switch
    {
        EventTrainerKind.Lbfgs => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(ReadingTheType(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            NumberOfThreads = 1,
            L1Regularization = options.L1,
            L2Regularization = options.EffectiveL2,
        }, type)),
        EventTrainerKind.Sdca => ml.BinaryClassification.Trainers.SdcaLogisticRegression(ReadingTheType(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            NumberOfThreads = 1,
            L2Regularization = options.EffectiveL2,
            MaximumNumberOfIterations = options.Iterations,
        }, type)),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Trainer, "Unknown event trainer."),
    };

    /// <summary>Trainer options set to learn <paramref name="type"/>'s label from the featurised text, each row at its weight.</summary>
    private static T ReadingTheType<T>(T trainerOptions, string type) where T : TrainerInputBaseWithWeight
    {
        trainerOptions.LabelColumnName = type;
        trainerOptions.FeatureColumnName = "Features";
        trainerOptions.ExampleWeightColumnName = nameof(EventSentenceRow.Weight);
        return trainerOptions;
    }

    /// <summary>Each row's probability per type (in <see cref="EventTypes.All"/> order) under a trained model.</summary>
    public static float[][] Score(MLContext ml, ITransformer model, IReadOnlyList<EventSentenceRow> rows)
    {
        var scored = model.Transform(ml.Data.LoadFromEnumerable(rows));
        return [.. ml.Data.CreateEnumerable<EventScores>(scored, reuseRowObject: false).Select(s => EventTypes.All.Select(s.Of).ToArray())];
    }
}
