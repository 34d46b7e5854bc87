namespace NewsExtract.Training.Html;

/// <summary>The FastTree settings an HTML model is trained with (<see cref="FastTreeExport"/>).</summary>
public sealed record FastTreeSettings(int Trees, int Leaves, int MinExamplesPerLeaf, double LearningRate, int Seed);
