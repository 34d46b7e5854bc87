namespace NewsExtract.Training.Events;

/// <summary>
/// Which ML.NET trainer fits each event type's logistic regression: <see cref="Lbfgs"/> (L-BFGS with L1 and L2
/// penalties; the shipped model, since 2026-12-07) or <see cref="Sdca"/> (stochastic dual coordinate ascent with an
/// L2 penalty; the models before). Both give a linear model with a Platt calibrator, which the runtime scorer reads.
/// </summary>
public enum EventTrainerKind
{
    Lbfgs,
    Sdca,
}
