using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Training.Events;

/// <summary>
/// Trains the merge decision (<see cref="EventMergeModel"/>): an L-BFGS logistic regression (ML.NET) over the
/// <see cref="EventMergeFeatures"/> of the recorded decisions, cross-validated with an article's decisions in one
/// fold, and exported as plain weights checked against ML.NET's own probabilities.
/// </summary>
public static class EventMergeTrainer
{
    private sealed class Row
    {
        public bool Label { get; set; }

        [VectorType]
        public float[] Features { get; set; } = [];
    }

    private sealed class Scored
    {
        public float Probability { get; set; }
    }

    public static EventMergeModel Train(IReadOnlyList<EventMergeRow> rows, float l2, int seed, string version, float threshold = 0.5f)
    {
        var ml = new MLContext(seed: seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, EventMergeFeatures.Names.Count);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Label = r.Restates, Features = r.Features }), schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = l2, L1Regularization = 0, NumberOfThreads = 1,
        });
        var model = trainer.Fit(data);
        var linear = model.Model.SubModel;
        var merge = new EventMergeModel(version, [.. EventMergeFeatures.Names], [.. linear.Weights], linear.Bias, threshold);
        // the exported weights must give ML.NET's probabilities
        var expected = ml.Data.CreateEnumerable<Scored>(model.Transform(data), reuseRowObject: false).Select(s => s.Probability).ToList();
        for (int i = 0; i < rows.Count; i++)
            if (Math.Abs(merge.Probability(rows[i].Features) - expected[i]) > 1e-4)
                throw new InvalidOperationException($"The exported merge weights give {merge.Probability(rows[i].Features)} where ML.NET gives {expected[i]}.");
        return merge;
    }

    /// <summary>Out-of-fold probabilities, an article's decisions in one fold (articles dealt to folds in a seeded order).</summary>
    public static float[] CrossValidate(IReadOnlyList<EventMergeRow> rows, int folds, float l2, int seed)
    {
        var articles = rows.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        var fold = articles.OrderBy(_ => random.Next()).Select((a, i) => (a, i % folds)).ToDictionary(x => x.a, x => x.Item2, StringComparer.Ordinal);
        var probabilities = new float[rows.Count];
        for (int k = 0; k < folds; k++)
        {
            var train = rows.Where(r => fold[r.ArticleId] != k).ToList();
            if (train.Count == 0 || train.All(r => r.Restates) || train.All(r => !r.Restates)) continue;
            var model = Train(train, l2, seed, "cv");
            for (int i = 0; i < rows.Count; i++)
                if (fold[rows[i].ArticleId] == k) probabilities[i] = model.Probability(rows[i].Features);
        }
        return probabilities;
    }
}
