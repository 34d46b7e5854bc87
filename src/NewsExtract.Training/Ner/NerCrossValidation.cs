using NewsExtract.Training.Corpora;
using NewsExtract.Training.Evaluation;

namespace NewsExtract.Training.Ner;

/// <summary>
/// K-fold cross-validation of one training configuration over its training documents, folds by document
/// (<see cref="DocumentFolds"/>): each fold's model is trained on the other folds exactly as <c>train ner</c> trains, and
/// scored on its fold's documents (each document once, whatever its weight), in its corpus's domain. This is how
/// settings are chosen without looking at a development set, which then is only reported.
/// </summary>
public static class NerCrossValidation
{
    /// <param name="PooledByTransitionWeight">The held-out folds pooled again for each decoding transition weight asked for
    /// (the fold models decode with each in turn; training does not depend on it).</param>
    public sealed record Result(IReadOnlyList<EntityEvaluator> Folds, EntityEvaluator Pooled, IReadOnlyDictionary<float, EntityEvaluator> PooledByTransitionWeight);

    public static Result Run(NerTrainingConfig config, IReadOnlyList<AnnotatedDocument> documents, int folds, Action<string> progress, IReadOnlyList<float>? transitionWeights = null)
    {
        var byWeight = (transitionWeights ?? []).Distinct().ToDictionary(w => w, _ => new EntityEvaluator());
        if (folds < 2) throw new ArgumentException($"Cross-validation needs at least 2 folds, not {folds}.", nameof(folds));
        var pooled = new EntityEvaluator();
        var perFold = new List<EntityEvaluator>(folds);
        for (int f = 0; f < folds; f++)
        {
            var train = documents.Where(d => DocumentFolds.Of(d, folds) != f).ToList();
            var heldOut = documents.Where(d => DocumentFolds.Of(d, folds) == f).DistinctBy(d => (d.Id, d.Domain)).ToList();
            if (train.Count == 0 || heldOut.Count == 0)
                throw new InvalidDataException($"Fold {f + 1} of {folds} has {heldOut.Count} held-out and {train.Count} training documents: too few documents for {folds} folds.");
            int fold = f + 1;
            var model = new NerTrainer(config, m => progress($"fold {fold}/{folds}: {m}")).Train(train, config.Train);
            var scores = NerEvaluation.Evaluate(model, heldOut);
            NerEvaluation.Evaluate(model, heldOut, pooled);
            foreach (var (weight, evaluator) in byWeight)
                NerEvaluation.Evaluate(model.WithTransitionWeight(weight), heldOut, evaluator);
            perFold.Add(scores);
            progress($"fold {fold}/{folds}: {heldOut.Count} held-out documents, micro F1 {scores.Micro.F1:F2}");
        }
        return new Result(perFold, pooled, byWeight);
    }
}
