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

    /// <summary>Learn to rank each page's candidates (LambdaRank, one group per page) instead of judging each candidate alone (binary).</summary>
    public bool Ranking { get; init; }
}
