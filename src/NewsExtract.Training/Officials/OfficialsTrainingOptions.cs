namespace NewsExtract.Training.Officials;

/// <summary>Settings of the officials classifiers: hash bits of the feature bag, LBFGS L2 (on summed loss), seed, folds.</summary>
public sealed record OfficialsTrainingOptions(int Seed = 7, int Folds = 5, int HashBits = 16, float L2 = 1f);
