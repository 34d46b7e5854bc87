using System.Globalization;

namespace NewsExtract.Training.Events;

/// <summary>
/// The knobs of event model training: how many weakly labelled open-corpus sentences to add (per type and as
/// negatives) and at what weight, the weights of hand-labelled sentences and of annotated articles' sentences
/// (those an event names as its evidence, and the others), and the SDCA regularisation and iterations.
/// </summary>
public sealed record EventTrainingOptions(
    int WeakPerType = 0,
    int WeakNegatives = 1500,
    float WeakWeight = 1f,
    float HandWeight = 10f,
    float L2 = 1e-5f,
    int Iterations = 100,
    int Seed = 7,
    bool NormalizeFeatures = true,
    float ArticleWeight = 10f,
    float ArticleNegativeWeight = 10f,
    bool RestatementsPositive = false)
{
    public bool UsesWeakLabels => WeakPerType > 0 || WeakNegatives > 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"weak {WeakPerType}/type + {WeakNegatives} negatives at weight {WeakWeight}, hand weight {HandWeight}, L2 {L2}, {Iterations} iterations, seed {Seed}, features {(NormalizeFeatures ? "L2-normalised" : "raw counts")}, article sentences at weight {ArticleWeight} (negatives {ArticleNegativeWeight}){(RestatementsPositive ? ", restatements positive" : "")}");
}
