using Microsoft.ML;
using Microsoft.ML.Trainers;
using NewsExtract.Extraction.Officials;

namespace NewsExtract.Training.Officials;

/// <summary>
/// Trains one officials classifier: the feature tokens hashed into a bag (<see cref="OfficialsTrainingOptions.HashBits"/>
/// bits), then an L-BFGS logistic regression, single-threaded so the same rows give the same model. Fails when
/// ML.NET skips rows.
/// </summary>
public static class OfficialsTrainer
{
    public static ITransformer Train(MLContext ml, IReadOnlyList<OfficialFeatureRow> rows, OfficialsTrainingOptions options)
    {
        string? skipped = null;
        void OnLog(object? sender, LoggingEventArgs e)
        {
            if (e.Message.Contains("Skipped", StringComparison.Ordinal)) skipped = e.Message;
        }
        ml.Log += OnLog;
        try
        {
            var data = ml.Data.LoadFromEnumerable(rows);
            var pipeline = ml.Transforms.Text.ProduceHashedWordBags("Bag", nameof(OfficialFeatureRow.Features), numberOfBits: options.HashBits, ngramLength: 1)
                .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
                {
                    LabelColumnName = nameof(OfficialFeatureRow.Label),
                    FeatureColumnName = "Bag",
                    ExampleWeightColumnName = nameof(OfficialFeatureRow.Weight),
                    L2Regularization = options.L2,
                    NumberOfThreads = 1,
                }));
            var model = pipeline.Fit(data);
            if (skipped is not null) throw new InvalidOperationException($"ML.NET skipped training rows: {skipped}");
            return model;
        }
        finally
        {
            ml.Log -= OnLog;
        }
    }

    public static float[] Score(MLContext ml, ITransformer model, IReadOnlyList<OfficialFeatureRow> rows)
    {
        if (rows.Count == 0) return [];
        var scored = model.Transform(ml.Data.LoadFromEnumerable(rows));
        return [.. ml.Data.CreateEnumerable<OfficialPrediction>(scored, reuseRowObject: false).Select(p => p.Probability)];
    }
}
