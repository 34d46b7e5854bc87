namespace NewsExtract.Training.Html;

/// <summary>Settings of <see cref="TitleRankerTrainer"/>; the defaults are what the shipped model used.</summary>
public sealed record TitleTrainingOptions
{
    public int Seed { get; init; } = 7;

    /// <summary>Cross-validation folds; every site's pages stay in one fold.</summary>
    public int Folds { get; init; } = 5;

    public int Trees { get; init; } = 100;
    public int Leaves { get; init; } = 16;
    public int MinExamplesPerLeaf { get; init; } = 10;
    public double LearningRate { get; init; } = 0.1;
}
