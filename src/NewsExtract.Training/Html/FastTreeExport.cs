using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NewsExtract.Ingestion.Html.Blocks;

namespace NewsExtract.Training.Html;

/// <summary>
/// The training step the HTML models share (blocks, titles, page kinds): ML.NET FastTree learns a binary label from
/// rows of numeric features, and its trees are exported into the plain <see cref="BlockTree"/> layout the product
/// evaluates without ML.NET. The export is checked: the exported trees must score the first rows exactly as ML.NET does.
/// </summary>
public static class FastTreeExport
{
    /// <summary>Trains on <paramref name="rows"/> (each with <paramref name="featureNames"/>.Length features) and exports the trees.</summary>
    /// <exception cref="InvalidOperationException">When the exported trees do not score as ML.NET does.</exception>
    public static ExportedTrees Fit(IEnumerable<(bool Label, float[] Features)> rows, IReadOnlyList<string> featureNames, FastTreeSettings settings)
    {
        var ml = new MLContext(settings.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureNames.Count);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Label = r.Label, Features = r.Features }), schema);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinExamplesPerLeaf,
            LearningRate = settings.LearningRate,
            Seed = settings.Seed,
            NumberOfThreads = 1,
        });
        var transformer = trainer.Fit(data);
        var ensemble = transformer.Model.SubModel.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((t, i) => new BlockTree(
            ensemble.TreeWeights[i],
            t.NumericalSplitFeatureIndexes.ToArray(),
            t.NumericalSplitThresholds.ToArray(),
            t.LeftChild.ToArray(),
            t.RightChild.ToArray(),
            t.LeafValues.ToArray())).ToList();
        var exported = new ExportedTrees(ensemble.Bias, trees, []);
        CheckAgainstMlNet(transformer, data, exported);
        var gains = new VBuffer<float>();
        transformer.Model.SubModel.GetFeatureWeights(ref gains);
        var importance = gains.DenseValues().Select((g, i) => (featureNames[i], (double)g)).OrderByDescending(x => x.Item2).ToList();
        return exported with { Importance = importance };
    }

    /// <summary>
    /// Trains a ranker (ML.NET FastTree LambdaRank) on rows grouped by <c>Group</c> (a page): within each group the rows
    /// labelled true should score above the others; the trees are exported as in <see cref="Fit"/>. Rows of one group
    /// must be consecutive.
    /// </summary>
    public static ExportedTrees FitRanking(IEnumerable<(uint Group, bool Label, float[] Features)> rows, IReadOnlyList<string> featureNames, FastTreeSettings settings)
    {
        var ml = new MLContext(settings.Seed);
        var schema = SchemaDefinition.Create(typeof(RankingRow));
        schema[nameof(RankingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureNames.Count);
        var loaded = ml.Data.LoadFromEnumerable(rows.Select(r => new RankingRow { Group = r.Group, Label = r.Label ? 1 : 0, Features = r.Features }), schema);
        var data = ml.Transforms.Conversion.MapValueToKey(nameof(RankingRow.Group)).Fit(loaded).Transform(loaded);
        var trainer = ml.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
        {
            LabelColumnName = nameof(RankingRow.Label),
            RowGroupColumnName = nameof(RankingRow.Group),
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinExamplesPerLeaf,
            LearningRate = settings.LearningRate,
            Seed = settings.Seed,
            NumberOfThreads = 1,
        });
        var transformer = trainer.Fit(data);
        var ensemble = transformer.Model.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((t, i) => new BlockTree(
            ensemble.TreeWeights[i],
            t.NumericalSplitFeatureIndexes.ToArray(),
            t.NumericalSplitThresholds.ToArray(),
            t.LeftChild.ToArray(),
            t.RightChild.ToArray(),
            t.LeafValues.ToArray())).ToList();
        var exported = new ExportedTrees(ensemble.Bias, trees, []);
        CheckAgainstMlNet(transformer, data, exported);
        var gains = new VBuffer<float>();
        transformer.Model.GetFeatureWeights(ref gains);
        var importance = gains.DenseValues().Select((g, i) => (featureNames[i], (double)g)).OrderByDescending(x => x.Item2).ToList();
        return exported with { Importance = importance };
    }

    /// <summary>The exported trees must score exactly as ML.NET does; a difference means the export is wrong.</summary>
    private static void CheckAgainstMlNet(ITransformer transformer, IDataView data, ExportedTrees exported)
    {
        var scored = transformer.Transform(data);
        var scores = scored.GetColumn<float>("Score").Take(2000).ToArray();
        var features = scored.GetColumn<float[]>("Features").Take(2000).ToArray();
        for (var i = 0; i < scores.Length; i++)
        {
            var ours = exported.Score(features[i]);
            if (Math.Abs(ours - scores[i]) > 1e-3 * Math.Max(1, Math.Abs(scores[i])))
                throw new InvalidOperationException($"Exported trees score {ours} where ML.NET scores {scores[i]} (row {i}).");
        }
    }

    private sealed class RankingRow
    {
        public uint Group { get; set; }
        public float Label { get; set; }
        public float[] Features { get; set; } = [];
    }

    private sealed class Row
    {
        public bool Label { get; set; }
        public float[] Features { get; set; } = [];
    }
}
