using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Runtime;
using Microsoft.ML.Trainers;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Training.Corpora;

namespace NewsExtract.Training.Ner;

/// <summary>
/// Trains a <see cref="NerModel"/>: builds gazetteers (written facts + training entities, out-of-fold per document
/// fold for the training features), hashes every training token's features exactly as tagging does, fits an ML.NET
/// maximum-entropy classifier over IOB2 tags (one thread, seeded) and copies its weights into the slot-major layout
/// the tagger scores directly.
/// </summary>
public sealed class NerTrainer
{
    private readonly NerTrainingConfig _config;
    private readonly Action<string> _progress;

    public NerTrainer(NerTrainingConfig config, Action<string> progress)
    {
        _config = config;
        _progress = progress;
    }

    public NerModel Train(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<string> trainingData)
    {
        if (documents.Count == 0) throw new ArgumentException("No training documents.", nameof(documents));
        var scheme = TypeScheme.ByName(_config.Scheme);
        var types = TypesPresent(documents, scheme);
        if (types.Count == 0) throw new InvalidDataException("The training data has no entities of the scheme's types.");
        var labels = new NerLabelSet(types);
        var features = _config.Features;
        _progress($"{documents.Count} documents, {documents.Sum(d => d.TokenCount):N0} tokens, types {string.Join(' ', types)}, {labels.Count} tags, 2^{features.HashBits} slots");

        var clusters = _config.Clusters > 0 && features.Clusters ? LearnClusters(documents) : null;

        int folds = Math.Max(1, _config.GazetteerFolds);
        var foldGazetteers = new Gazetteer[folds];
        for (int f = 0; f < folds; f++)
            foldGazetteers[f] = BuildGazetteer(documents, folds == 1 ? -1 : f, folds);
        var fullGazetteer = BuildGazetteer(documents, -1, folds);
        _progress($"gazetteer: {fullGazetteer.Count:N0} phrases in {fullGazetteer.Categories.Count} categories");

        var rows = Featurize(documents, labels, foldGazetteers, clusters);
        var (weights, biases) = Fit(rows, labels.Count);

        var info = new NerModelInfo
        {
            Version = _config.Version,
            Scheme = scheme.Name,
            Types = types,
            Features = features,
            Trainer = TrainerDescription(),
            TrainingData = trainingData,
            Domains = [.. documents.Select(d => d.Domain).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Seed = _config.Seed,
            CreatedUtc = DateTimeOffset.UtcNow,
            Transitions = NerTransitionCounts.Scores(documents, labels),
            TransitionWeight = _config.TransitionWeight,
        };
        return new NerModel(info, weights, biases, fullGazetteer, clusters);
    }

    public string TrainerDescription() => _config.Trainer switch
    {
        "lbfgs" => $"LbfgsMaximumEntropy (L2 {_config.L2}, ≤{_config.MaxIterations} iterations, 1 thread)",
        _ => $"SdcaMaximumEntropy (L2 {_config.L2}, ≤{_config.MaxIterations} iterations, 1 thread)",
    };

    private static List<string> TypesPresent(IReadOnlyList<AnnotatedDocument> documents, TypeScheme scheme)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in documents)
            foreach (var s in d.Sentences)
                foreach (var tag in s.Tags)
                    if (IobTags.TypeOf(tag) is { } type) present.Add(type);
        var ordered = scheme.Types.Where(present.Contains).ToList();
        ordered.AddRange(present.Where(t => !scheme.Types.Contains(t)).Order(StringComparer.Ordinal));
        return ordered;
    }

    /// <summary>The gazetteer fold of a document: copies of a weighted document share one, so its entities never reach its own features.</summary>
    private static int FoldOf(AnnotatedDocument document, int folds) => DocumentFolds.Of(document, folds);

    /// <summary>Facts plus the entities of every document not in fold <paramref name="heldOutFold"/> (-1: all documents).</summary>
    private Gazetteer BuildGazetteer(IReadOnlyList<AnnotatedDocument> documents, int heldOutFold, int folds)
    {
        var gazetteer = new Gazetteer();
        FactGazetteer.AddTo(gazetteer);
        if (_config.WorldGazetteer) WorldFacts.AddTo(gazetteer, WorldGazetteer.LoadDefault());
        for (int d = 0; d < documents.Count; d++)
        {
            if (heldOutFold >= 0 && FoldOf(documents[d], folds) == heldOutFold) continue;
            foreach (var sentence in documents[d].Sentences)
            {
                foreach (var (start, end, type) in IobTags.Spans(sentence.Tags))
                {
                    if (end - start > Gazetteer.MaxTokensPerPhrase) continue;
                    bool named = false;
                    for (int i = start; i < end && !named; i++)
                        named = sentence.Words[i].Length > 0 && (char.IsUpper(sentence.Words[i][0]) || char.IsDigit(sentence.Words[i][0]));
                    if (named) gazetteer.Add("data:" + type, new ArraySegment<string>(sentence.Words, start, end - start));
                }
            }
        }
        return gazetteer;
    }

    private WordClusters LearnClusters(IReadOnlyList<AnnotatedDocument> documents)
    {
        var sw = Stopwatch.StartNew();
        var text = new List<string[]>();
        foreach (var d in documents) foreach (var s in d.Sentences) text.Add(s.Words);
        var scheme = TypeScheme.ByName(_config.Scheme);
        foreach (var spec in _config.ClusterText)
            foreach (var d in CorpusSpec.Parse(spec).Load(scheme))
                foreach (var s in d.Sentences) text.Add(s.Words);
        var clusters = WordClusterLearner.Learn(text, _config.Clusters, _config.Seed, _progress);
        _progress($"clusters: {clusters.Count:N0} words in {_config.Clusters} clusters ({sw.Elapsed.TotalSeconds:F0}s)");
        return clusters;
    }

    private List<TokenRow> Featurize(IReadOnlyList<AnnotatedDocument> documents, NerLabelSet labels, Gazetteer[] foldGazetteers, WordClusters? clusters)
    {
        var sw = Stopwatch.StartNew();
        int folds = foldGazetteers.Length;
        var extractors = new NerFeatureExtractor[folds];
        for (int f = 0; f < folds; f++) extractors[f] = new NerFeatureExtractor(_config.Features, foldGazetteers[f], clusters);
        var buffer = new FeatureBuffer();
        var rows = new List<TokenRow>(documents.Sum(d => d.TokenCount));
        int dim = 1 << _config.Features.HashBits;
        var slots = new List<int>(128);
        var types = new int[256];
        int nextReport = documents.Count / 10;
        for (int d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var extractor = extractors[folds == 1 ? 0 : FoldOf(documents[d], folds)];
            extractor.Domain = document.Domain;
            var layout = AnnotatedDocumentText.Build(document);
            extractor.BeginDocument(layout.Text, layout.Tokens, layout.Sentences);
            for (int s = 0; s < layout.Sentences.Count; s++)
            {
                Sentence sentence = layout.Sentences[s];
                var gold = document.Sentences[s].Tags;
                extractor.Extract(sentence, buffer);
                if (types.Length < gold.Length) types = new int[gold.Length * 2];
                for (int i = 0; i < gold.Length; i++)
                {
                    int tag = labels.IndexOf(gold[i]);
                    if (tag < 0) tag = 0;
                    types[i] = labels.TypeOf(tag);
                    rows.Add(new TokenRow { Label = (uint)tag, Features = ToVector(buffer.SlotsOf(i), slots, dim) });
                }
                extractor.Remember(sentence, types.AsSpan(0, gold.Length));
            }
            if (d + 1 >= nextReport && d + 1 < documents.Count)
            {
                double done = (d + 1.0) / documents.Count;
                _progress($"features: {done:P0} ({rows.Count:N0} tokens), ETA {TimeSpan.FromSeconds(sw.Elapsed.TotalSeconds * (1 - done) / done):mm\\:ss}");
                nextReport += Math.Max(1, documents.Count / 10);
            }
        }
        _progress($"features: {rows.Count:N0} tokens in {sw.Elapsed.TotalSeconds:F0}s");
        return rows;
    }

    private static VBuffer<float> ToVector(ReadOnlySpan<int> featureSlots, List<int> scratch, int dim)
    {
        scratch.Clear();
        foreach (int s in featureSlots) scratch.Add(s);
        scratch.Sort();
        var indices = new List<int>(scratch.Count);
        var values = new List<float>(scratch.Count);
        for (int i = 0; i < scratch.Count; i++)
        {
            if (indices.Count > 0 && indices[^1] == scratch[i]) values[^1] += 1f;
            else
            {
                indices.Add(scratch[i]);
                values.Add(1f);
            }
        }
        return new VBuffer<float>(dim, indices.Count, [.. values], [.. indices]);
    }

    private (float[] Weights, float[] Biases) Fit(List<TokenRow> rows, int classes)
    {
        var ml = new MLContext(seed: _config.Seed);
        string? skipped = null;
        var sw = Stopwatch.StartNew();
        ml.Log += (_, e) =>
        {
            if (e.Message.Contains("Skipped", StringComparison.Ordinal) && e.Message.Contains("missing", StringComparison.Ordinal)) skipped = e.Message;
            if (e.Kind is ChannelMessageKind.Info or ChannelMessageKind.Warning && IsTrainerProgress(e.Message))
                _progress($"  [{sw.Elapsed:mm\\:ss}] {e.Message.Trim()}");
        };
        int dim = 1 << _config.Features.HashBits;
        var schema = SchemaDefinition.Create(typeof(TokenRow));
        schema[nameof(TokenRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dim);
        schema[nameof(TokenRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), classes);
        var data = ml.Data.LoadFromEnumerable(rows, schema);

        _progress($"training {TrainerDescription()} on {rows.Count:N0} tokens…");
        MaximumEntropyModelParameters parameters;
        if (_config.Trainer == "lbfgs")
        {
            var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(TokenRow.Label),
                FeatureColumnName = nameof(TokenRow.Features),
                L2Regularization = _config.L2,
                MaximumNumberOfIterations = _config.MaxIterations,
                NumberOfThreads = 1,
            });
            parameters = trainer.Fit(data).Model;
        }
        else if (_config.Trainer == "sdca")
        {
            var trainer = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(TokenRow.Label),
                FeatureColumnName = nameof(TokenRow.Features),
                L2Regularization = _config.L2,
                L1Regularization = _config.L1,
                MaximumNumberOfIterations = _config.MaxIterations,
                NumberOfThreads = 1,
            });
            parameters = trainer.Fit(data).Model;
        }
        else throw new ArgumentException($"Unknown trainer '{_config.Trainer}' (use sdca or lbfgs).");
        if (skipped is not null) throw new InvalidOperationException($"ML.NET skipped training rows: {skipped}");
        _progress($"trained in {sw.Elapsed.TotalSeconds:F0}s");

        VBuffer<float>[] classWeights = [];
        parameters.GetWeights(ref classWeights, out int k);
        if (k != classes) throw new InvalidOperationException($"The trained model has {k} classes, expected {classes}.");
        var weights = new float[(long)dim * k > int.MaxValue ? throw new InvalidOperationException("Too many weights.") : dim * k];
        for (int c = 0; c < k; c++)
        {
            var w = classWeights[c];
            var values = w.GetValues();
            if (w.IsDense)
            {
                for (int slot = 0; slot < values.Length; slot++) weights[slot * k + c] = values[slot];
            }
            else
            {
                var indices = w.GetIndices();
                for (int j = 0; j < indices.Length; j++) weights[indices[j] * k + c] = values[j];
            }
        }
        var biases = parameters.GetBiases().ToArray();
        int nonZero = 0;
        float maxAbs = 0;
        foreach (float v in weights)
        {
            if (v != 0) nonZero++;
            maxAbs = Math.Max(maxAbs, Math.Abs(v));
        }
        _progress($"weights: {nonZero:N0} non-zero of {weights.Length:N0}, largest magnitude {maxAbs:G3}");
        return (weights, biases);
    }

    private static bool IsTrainerProgress(string message)
        => message.Contains("iteration", StringComparison.OrdinalIgnoreCase) || message.Contains("Auto-tuning", StringComparison.Ordinal)
           || message.Contains("converge", StringComparison.OrdinalIgnoreCase);

    /// <summary>One training token: its gold tag (0-based key) and its hashed sparse features.</summary>
    private sealed class TokenRow
    {
        public uint Label { get; set; }
        public VBuffer<float> Features { get; set; }
    }
}
