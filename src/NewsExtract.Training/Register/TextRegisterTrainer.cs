using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsExtract.Extraction.Language;
using NewsExtract.Training.Corpora;

namespace NewsExtract.Training.Register;

/// <summary>
/// Trains the register classifier (<see cref="TextRegisterModel"/>): an L-BFGS logistic regression (ML.NET) over the
/// standardised <see cref="TextRegisterFeatures"/> of whole documents, web writing against news copy, each class
/// weighted to the same total so the larger news corpora do not drown the web texts. Cross-validation keeps a
/// document in one fold; the threshold is chosen on the out-of-fold probabilities so that at most a set share of the
/// news documents is taken for web writing (news is what the product reads; a news article tagged as web writing
/// loses the conventions the entity model learned for it).
/// </summary>
public sealed class TextRegisterTrainer(TextRegisterTrainingOptions options)
{
    private sealed class Row
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        [VectorType]
        public float[] Features { get; set; } = [];
    }

    private sealed class Scored
    {
        public float Probability { get; set; }
    }

    /// <summary>Measures every document with at least one word; <paramref name="isWeb"/> is its label.</summary>
    public static List<TextRegisterExample> Measure(IEnumerable<AnnotatedDocument> documents, bool isWeb, string corpus)
    {
        var examples = new List<TextRegisterExample>();
        foreach (var document in documents.DistinctBy(d => d.Id))
        {
            var layout = AnnotatedDocumentText.Build(document);
            if (layout.Tokens.Count == 0) continue;
            examples.Add(new TextRegisterExample(document.Id, corpus, isWeb, TextRegisterFeatures.Compute(layout.Text, layout.Tokens, layout.Sentences)));
        }
        return examples;
    }

    /// <summary>The fold of an example: its document's, from a hash of the id and the seed.</summary>
    public int FoldOf(TextRegisterExample example) =>
        (int)(Extraction.EntityRecognition.FeatureHashing.Hash($"{options.Seed}:{example.Corpus}:{example.DocumentId}".AsSpan()) % (ulong)options.Folds);

    /// <summary>Out-of-fold web probabilities, one per example.</summary>
    public double[] CrossValidate(IReadOnlyList<TextRegisterExample> examples)
    {
        var probabilities = new double[examples.Count];
        for (int fold = 0; fold < options.Folds; fold++)
        {
            var train = examples.Where(e => FoldOf(e) != fold).ToList();
            var model = Train(train, threshold: 0.5, version: "fold");
            for (int i = 0; i < examples.Count; i++)
                if (FoldOf(examples[i]) == fold) probabilities[i] = model.Probability(examples[i].Features);
        }
        return probabilities;
    }

    /// <summary>
    /// The lowest threshold (at least 0.5) at which no more than <see cref="TextRegisterTrainingOptions.MaxNewsAsWeb"/>
    /// of the news examples reach it.
    /// </summary>
    public double ChooseThreshold(IReadOnlyList<TextRegisterExample> examples, IReadOnlyList<double> probabilities)
    {
        var news = Enumerable.Range(0, examples.Count).Where(i => !examples[i].IsWeb).Select(i => probabilities[i]).OrderDescending().ToArray();
        int allowed = (int)Math.Floor(options.MaxNewsAsWeb * news.Length + 1e-9);
        if (news.Length == 0 || allowed >= news.Length) return 0.5;
        // just above the highest news probability that must stay below the threshold
        return Math.Max(0.5, Math.Min(1, news[allowed] + 1e-6));
    }

    /// <summary>Fits the regression on the examples and exports it as a <see cref="TextRegisterModel"/>, checked against ML.NET's own probabilities.</summary>
    public TextRegisterModel Train(IReadOnlyList<TextRegisterExample> examples, double threshold, string version)
    {
        if (!examples.Any(e => e.IsWeb) || examples.All(e => e.IsWeb))
            throw new InvalidOperationException("The register classifier needs both web and news documents to learn from.");
        int n = TextRegisterFeatures.Names.Length;
        var means = new double[n];
        var scales = new double[n];
        for (int f = 0; f < n; f++)
        {
            double mean = examples.Average(e => (double)e.Features[f]);
            double variance = examples.Average(e => (e.Features[f] - mean) * (e.Features[f] - mean));
            means[f] = mean;
            scales[f] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }
        float webWeight = (float)(examples.Count / (2.0 * examples.Count(e => e.IsWeb)));
        float newsWeight = (float)(examples.Count / (2.0 * examples.Count(e => !e.IsWeb)));
        float[] Standardised(float[] x)
        {
            var z = new float[n];
            for (int f = 0; f < n; f++) z[f] = (float)((x[f] - means[f]) / scales[f]);
            return z;
        }

        var ml = new MLContext(seed: options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, n);
        var rows = examples.Select(e => new Row { Label = e.IsWeb, Weight = e.IsWeb ? webWeight : newsWeight, Features = Standardised(e.Features) }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L1Regularization = options.L1,
            L2Regularization = options.L2,
            NumberOfThreads = 1,
            ExampleWeightColumnName = nameof(Row.Weight),
        });
        var fitted = trainer.Fit(data);
        var linear = fitted.Model.SubModel;
        var model = new TextRegisterModel(version, TextRegisterFeatures.Names, means, scales, [.. linear.Weights.Select(w => (double)w)], linear.Bias, threshold);
        // the exported weights must give ML.NET's probabilities
        var expected = ml.Data.CreateEnumerable<Scored>(fitted.Transform(data), reuseRowObject: false).Select(s => s.Probability).ToList();
        for (int i = 0; i < examples.Count; i++)
            if (Math.Abs(model.Probability(examples[i].Features) - expected[i]) > 1e-3)
                throw new InvalidOperationException($"The exported register weights give {model.Probability(examples[i].Features)} where ML.NET gives {expected[i]}.");
        return model;
    }
}
