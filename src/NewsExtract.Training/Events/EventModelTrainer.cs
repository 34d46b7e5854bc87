using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Training.Events;

/// <summary>
/// Trains the sentence event classifier: a shared featuriser (word unigrams and bigrams of
/// <see cref="EventFeatureText"/>) and one SDCA logistic regression per event type (one-vs-rest, so a sentence may
/// report several types), each copying its calibrated probability to <c>P_&lt;Type&gt;</c>. Single-threaded, so the
/// same data gives the same model.
/// </summary>
public static class EventModelTrainer
{
    public static ITransformer Train(MLContext ml, IReadOnlyList<EventSentenceRow> rows)
    {
        var data = ml.Data.LoadFromEnumerable(rows);
        IEstimator<ITransformer> pipeline = ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, nameof(EventSentenceRow.Text));
        foreach (var type in EventTypes.All)
        {
            pipeline = pipeline
                .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
                {
                    LabelColumnName = type,
                    FeatureColumnName = "Features",
                    ExampleWeightColumnName = nameof(EventSentenceRow.Weight),
                    NumberOfThreads = 1,
                    L2Regularization = 1e-4f,
                    MaximumNumberOfIterations = 60,
                }))
                .Append(ml.Transforms.CopyColumns("P_" + type, "Probability"));
        }
        return pipeline.Fit(data);
    }
}
