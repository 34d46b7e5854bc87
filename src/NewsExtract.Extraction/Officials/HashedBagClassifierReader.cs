using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Reads a <see cref="HashedBagClassifier"/> out of a trained officials classifier (<c>link.zip</c>, <c>country.zip</c>:
/// a hashed word bag of the feature text, then a calibrated logistic regression), then checks it against ML.NET itself
/// on probe feature texts — the same slot and count for every token, the same probability — and refuses a model it does
/// not reproduce.
/// </summary>
public static class HashedBagClassifierReader
{
    private const string BagColumn = "Bag";

    /// <summary>Feature texts with tokens of every kind the features write, repeated tokens, every ASCII character and others.</summary>
    private static readonly string[] Probes =
    [
        "form=before comma-after-name tlen=2 tfirst=minister tlast=affairs thead=minister tw=minister tw=of tw=foreign tw=affairs tknown=all nwords=2 nshape=Xx nshape=Xx next=said prev=START",
        "form=after untagged-name tlen=>8 tfirst=deputy tw=deputy tw=deputy n-title-word n-single=Xx n-repeated next=END prev=Cap tknown=some tlower-unknown=1 tcountry torg",
        "sent-left-2 sent-left-name sent-right-near sent-right-adj sent-left-person-between n-country n-connector n-body-word tw=x tw=xy tw=xyz",
        string.Join(' ', Enumerable.Range(33, 94).Select(c => "tw=" + (char)c + new string((char)(126 - c + 33), c % 7))),
        "prev=– prev=— next=’s tw=people’s tw=bakı tw=şəhər tw=москва tw=北京 tw=é tw=aé tw=aaé tw=aaaé tw=éé tw=a北 tw=😀 tw=a😀b tw=\ud800 tw=x\udc00y",
        "",
    ];

    public static HashedBagClassifier Read(MLContext ml, ITransformer model)
    {
        if (model is not TransformerChain<ITransformer> chain || chain.Count() != 2)
            throw Unsupported("it is not a featuriser followed by a classifier");
        var featurizer = chain.First();
        if (chain.Last() is not BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> classifier)
            throw Unsupported("its classifier is not a calibrated linear one");
        var schema = featurizer.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<OfficialFeatureRow>()).Schema);
        var bag = schema.GetColumnOrNull(BagColumn) ?? throw Unsupported($"its featuriser makes no {BagColumn} column");
        int size = bag.Type is VectorDataViewType { Size: > 0 } vector ? vector.Size : throw Unsupported($"its {BagColumn} column is not a fixed-size vector");
        int bits = System.Numerics.BitOperations.Log2((uint)size);
        if (1 << bits != size) throw Unsupported($"its bag of {size} slots is not a power of two");
        var linear = classifier.Model.SubModel;
        if (linear.Weights.Count != size) throw Unsupported($"it has {linear.Weights.Count} weights for {size} slots");
        var scorer = new HashedBagClassifier(bits, [.. linear.Weights], linear.Bias, classifier.Model.Calibrator.Slope, classifier.Model.Calibrator.Offset);
        Verify(ml, model, featurizer, scorer);
        return scorer;
    }

    private static void Verify(MLContext ml, ITransformer model, ITransformer featurizer, HashedBagClassifier scorer)
    {
        var rows = Probes.Select(p => new OfficialFeatureRow { Features = p }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        // GetColumn reuses one buffer for every row: copy each row's values out as it goes by.
        var bags = featurizer.Transform(data).GetColumn<VBuffer<float>>(BagColumn).Select(v => v.Items().Where(x => x.Value != 0).ToList()).ToList();
        var expected = ml.Data.CreateEnumerable<OfficialPrediction>(model.Transform(data), reuseRowObject: false).ToList();
        for (int r = 0; r < rows.Count; r++)
        {
            var mine = scorer.Bag(rows[r].Features);
            var theirs = bags[r];
            if (mine.Count != theirs.Count || mine.Zip(theirs).Any(p => p.First.Slot != p.Second.Key || p.First.Count != p.Second.Value))
                throw Unsupported($"its bag of probe {r + 1} differs from ML.NET's ({string.Join(' ', mine.Take(8))} … against {string.Join(' ', theirs.Take(8))} …)");
            if (Math.Abs(scorer.Probability(rows[r].Features) - expected[r].Probability) > 1e-6f)
                throw Unsupported($"its probability of probe {r + 1} differs from ML.NET's");
        }
    }

    private static InvalidDataException Unsupported(string why) =>
        new($"The officials classifier cannot be scored from its weights: {why}. Train it with 'newsextract train officials'.");
}
