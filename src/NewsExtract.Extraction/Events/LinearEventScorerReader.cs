using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// Reads a <see cref="LinearEventScorer"/> out of a trained event model (<see cref="EventModel"/>'s zip): the
/// featuriser's n-gram vocabulary from the slot names of its <c>Features</c> column, and per event type the linear
/// weights, bias and Platt calibrator of the binary classifier whose probability is copied to <c>P_&lt;Type&gt;</c>.
/// It then checks the scorer against ML.NET itself on probe sentences and refuses a model it does not reproduce.
/// </summary>
public static class LinearEventScorerReader
{
    private const string FeaturesColumn = "Features";

    /// <summary>Sentences whose feature vectors and probabilities must match ML.NET's before the scorer is used.</summary>
    private static readonly string[] Probes =
    [
        "The two presidents held talks in Minsk on Tuesday and signed an agreement on trade worth $20 million.",
        "Erdoğan's visit to Baku — “a new page” — was postponed; the ministers didn't meet (officials said).",
        "The court sentenced the former governor to eight years in prison for embezzlement, reports say.",
    ];

    public static LinearEventScorer Read(MLContext ml, ITransformer model)
    {
        var steps = new List<ITransformer>();
        Flatten(model, steps);
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<EventSentenceRow>()).Schema;
        if (steps.Count == 0) throw Unsupported("it is empty");
        var featurizer = steps[0];
        schema = featurizer.GetOutputSchema(schema);
        var features = schema.GetColumnOrNull(FeaturesColumn) ?? throw Unsupported($"its first step makes no {FeaturesColumn} column");
        var (unigrams, bigrams) = Vocabulary(features);
        bool l2 = features.Annotations.Schema.GetColumnOrNull("IsNormalized") is not null;
        int slots = features.Type is VectorDataViewType { Size: > 0 } vector ? vector.Size : throw Unsupported($"its {FeaturesColumn} column is not a fixed-size vector");

        int typeCount = EventTypes.All.Count;
        var weights = new float[slots * typeCount];
        var biases = new float[typeCount];
        var slopes = new double[typeCount];
        var offsets = new double[typeCount];
        var found = new bool[typeCount];
        BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>? pending = null;
        foreach (var step in steps.Skip(1))
        {
            schema = step.GetOutputSchema(schema);
            if (step is BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> classifier)
            {
                pending = classifier;
                continue;
            }
            var copied = schema[schema.Count - 1].Name;
            if (pending is null || !copied.StartsWith("P_", StringComparison.Ordinal)) throw Unsupported($"a step other than a calibrated linear classifier feeds {copied}");
            int type = IndexOfType(copied[2..]);
            var linear = pending.Model.SubModel;
            if (linear.Weights.Count != slots) throw Unsupported($"the {copied} classifier has {linear.Weights.Count} weights for {slots} feature slots");
            for (int slot = 0; slot < slots; slot++) weights[slot * typeCount + type] = linear.Weights[slot];
            biases[type] = linear.Bias;
            slopes[type] = pending.Model.Calibrator.Slope;
            offsets[type] = pending.Model.Calibrator.Offset;
            found[type] = true;
            pending = null;
        }
        if (found.Any(f => !f)) throw Unsupported("it has no classifier for " + string.Join(", ", EventTypes.All.Where((_, i) => !found[i])));

        var scorer = new LinearEventScorer(EventTextNormalizer.FromMlNet(ml), unigrams, bigrams, weights, biases, slopes, offsets, l2);
        Verify(ml, model, featurizer, scorer);
        return scorer;
    }

    private static void Flatten(ITransformer transformer, List<ITransformer> steps)
    {
        if (transformer is TransformerChain<ITransformer> chain)
            foreach (var inner in chain) Flatten(inner, steps);
        else steps.Add(transformer);
    }

    /// <summary>Slot names are the n-grams: "word" for a unigram, "first|second" for a bigram.</summary>
    private static (Dictionary<string, int> Unigrams, Dictionary<long, int> Bigrams) Vocabulary(DataViewSchema.Column features)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        features.GetSlotNames(ref names);
        var all = names.DenseValues().Select(n => n.ToString()).ToArray();
        var unigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int slot = 0; slot < all.Length; slot++)
            if (!all[slot].Contains('|')) unigrams[all[slot]] = slot;
        var bigrams = new Dictionary<long, int>();
        for (int slot = 0; slot < all.Length; slot++)
        {
            var name = all[slot];
            if (!name.Contains('|')) continue;
            int bar = name.IndexOf('|');
            if (name.IndexOf('|', bar + 1) >= 0 || !unigrams.TryGetValue(name[..bar], out var first) || !unigrams.TryGetValue(name[(bar + 1)..], out var second))
                throw Unsupported($"its n-gram '{name}' is not a bigram of two known words");
            bigrams[LinearEventScorer.BigramKey(first, second, all.Length)] = slot;
        }
        return (unigrams, bigrams);
    }

    private static int IndexOfType(string type)
    {
        for (int i = 0; i < EventTypes.All.Count; i++)
            if (EventTypes.All[i] == type) return i;
        throw Unsupported($"it scores an unknown event type '{type}'");
    }

    private static void Verify(MLContext ml, ITransformer model, ITransformer featurizer, LinearEventScorer scorer)
    {
        var rows = Probes.Select(p => new EventSentenceRow { Text = EventFeatureText.For(p) }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        // GetColumn reuses one buffer for every row: copy each row's values out as it goes by.
        var vectors = featurizer.Transform(data).GetColumn<VBuffer<float>>(FeaturesColumn)
            .Select(v => v.Items().Where(x => x.Value != 0).ToList()).ToList();
        var expected = ml.Data.CreateEnumerable<EventScores>(model.Transform(data), reuseRowObject: false).ToList();
        for (int r = 0; r < rows.Count; r++)
        {
            var mine = scorer.Features(rows[r].Text);
            var theirs = vectors[r];
            if (mine.Count != theirs.Count || mine.Zip(theirs).Any(p => p.First.Slot != p.Second.Key || Math.Abs(p.First.Value - p.Second.Value) > 1e-6f))
                throw Unsupported($"its features of probe sentence {r + 1} differ from ML.NET's ({string.Join(' ', mine.Take(8))} … against {string.Join(' ', theirs.Take(8))} …)");
            var probabilities = scorer.Probabilities(rows[r].Text);
            for (int t = 0; t < EventTypes.All.Count; t++)
                if (Math.Abs(probabilities[t] - expected[r].Of(EventTypes.All[t])) > 1e-5f)
                    throw Unsupported($"its {EventTypes.All[t]} probability of probe sentence {r + 1} differs from ML.NET's");
        }
    }

    private static InvalidDataException Unsupported(string why) =>
        new($"The event model cannot be scored from its weights: {why}. Train it with 'newsextract train events'.");
}
