namespace NewsExtract.Training.Html;

/// <summary>
/// Out-of-fold results of the title ranker: the share of pages whose chosen title is exactly right (after whitespace
/// and case normalisation), for the model and for the rules alone, and the share where some candidate was right;
/// over all pages, per fold and per page type; and every candidate's out-of-fold score (<see cref="OutOfFoldScores"/>,
/// one array per page in the order of the pages and their candidates).
/// </summary>
public sealed record TitleCrossValidation(
    double ModelAccuracy,
    double RulesAccuracy,
    double Reachable,
    IReadOnlyList<(int Fold, int Pages, double Model, double Rules)> PerFold,
    IReadOnlyList<(string PageType, int Pages, double Model, double Rules)> PerPageType,
    IReadOnlyList<double[]> OutOfFoldScores);
