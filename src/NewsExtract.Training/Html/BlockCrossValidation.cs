namespace NewsExtract.Training.Html;

/// <summary>
/// Out-of-fold results of the block classifier: the threshold chosen on them, mean page word-F1 of the model and of
/// the rules alone over all pages, per fold and per page type.
/// </summary>
public sealed record BlockCrossValidation(
    double Threshold,
    double ModelF1,
    double RulesF1,
    IReadOnlyList<(int Fold, int Pages, double ModelF1, double RulesF1)> PerFold,
    IReadOnlyList<(string PageType, int Pages, double ModelF1, double RulesF1)> PerPageType);
