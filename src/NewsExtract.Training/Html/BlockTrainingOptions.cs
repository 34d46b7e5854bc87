namespace NewsExtract.Training.Html;

/// <summary>Settings of <see cref="BlockClassifierTrainer"/>; the defaults are what the shipped model used.</summary>
public sealed record BlockTrainingOptions
{
    public int Seed { get; init; } = 7;

    /// <summary>Cross-validation folds; every site's pages stay in one fold.</summary>
    public int Folds { get; init; } = 5;

    public int Trees { get; init; } = 200;
    public int Leaves { get; init; } = 24;
    public int MinExamplesPerLeaf { get; init; } = 30;
    public double LearningRate { get; init; } = 0.15;

    /// <summary>When set, every block's out-of-fold score is written here (TSV, one block a line) for error analysis.</summary>
    public string? ScoresOut { get; init; }

    /// <summary>When set, the out-of-fold scores are read from this file (written by <see cref="ScoresOut"/> on the same pages) instead of training the folds: the decoding alone is re-scored.</summary>
    public string? ScoresIn { get; init; }

    /// <summary>Score thresholds tried on the out-of-fold predictions; the one with the best mean page F1 is kept.</summary>
    public IReadOnlyList<double> Thresholds { get; init; } = [-3.0, -2.5, -2.0, -1.5, -1.0, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1.0, 1.5];
}
