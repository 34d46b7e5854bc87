using System.Globalization;

namespace NewsExtract.Training.Events;

/// <summary>
/// The knobs of event model training: how many weakly labelled open-corpus sentences to add (per type and as
/// negatives) and at what weight, the weights of hand-labelled sentences and of annotated articles' sentences
/// (those an event names as its evidence, and the others), the trainer and its regularisation (<see cref="L2"/> null:
/// the trainer's default, 0.01 for L-BFGS, 1E-05 for SDCA) and SDCA's iterations.
/// </summary>
public sealed record EventTrainingOptions(
    int WeakPerType = 0,
    int WeakNegatives = 1500,
    float WeakWeight = 1f,
    float HandWeight = 10f,
    float? L2 = null,
    int Iterations = 100,
    int Seed = 7,
    bool NormalizeFeatures = true,
    float ArticleWeight = 10f,
    float ArticleNegativeWeight = 10f,
    bool RestatementsPositive = false,
    EventTrainerKind Trainer = EventTrainerKind.Lbfgs,
    float L1 = 0.01f)
{
    /// <summary>The L2 penalty the trainer uses: <see cref="L2"/> when given, else the trainer's default.</summary>
    public float EffectiveL2 => L2 ?? (Trainer == EventTrainerKind.Lbfgs ? 0.01f : 1e-5f);

    private string TrainerText => Trainer == EventTrainerKind.Lbfgs
        ? string.Create(CultureInfo.InvariantCulture, $"L-BFGS L1 {L1} L2 {EffectiveL2}")
        : string.Create(CultureInfo.InvariantCulture, $"SDCA L2 {EffectiveL2}, {Iterations} iterations");

    public bool UsesWeakLabels => WeakPerType > 0 || WeakNegatives > 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"weak {WeakPerType}/type + {WeakNegatives} negatives at weight {WeakWeight}, hand weight {HandWeight}, {TrainerText}, seed {Seed}, features {(NormalizeFeatures ? "L2-normalised" : "raw counts")}, article sentences at weight {ArticleWeight} (negatives {ArticleNegativeWeight}){(RestatementsPositive ? ", restatements positive" : "")}");
}
