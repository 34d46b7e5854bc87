namespace NewsExtract.Training.Html;

/// <summary>Settings of <see cref="PageKindTrainer"/>; the defaults are what the shipped model used.</summary>
public sealed record PageKindTrainingOptions
{
    public int Seed { get; init; } = 7;

    /// <summary>Cross-validation folds; every site's pages stay in one fold.</summary>
    public int Folds { get; init; } = 5;

    public int Trees { get; init; } = 100;
    public int Leaves { get; init; } = 8;
    public int MinExamplesPerLeaf { get; init; } = 10;
    public double LearningRate { get; init; } = 0.1;

    /// <summary>
    /// Share of article pages that must stay articles out of fold: the threshold is the highest score that keeps at
    /// least this share (losing a real article costs more than letting a listing through).
    /// </summary>
    public double ArticlesKept { get; init; } = 0.98;
}
