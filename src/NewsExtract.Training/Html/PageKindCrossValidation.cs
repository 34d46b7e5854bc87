namespace NewsExtract.Training.Html;

/// <summary>
/// The page-kind classifier's out-of-fold results (folds over sites) at the chosen threshold, next to the rule that
/// trusts what a page declares: share of article pages kept as articles, share of other pages refused, per fold and
/// per annotated page type (there: the share judged articles).
/// </summary>
public sealed record PageKindCrossValidation(
    double Threshold,
    PageKindRates Model,
    PageKindRates DeclaredRule,
    PageKindRates DeclaredOrDatedRule,
    double ModelRefusedAtDeclaredRuleKeep,
    IReadOnlyList<(double ArticlesKept, double Threshold, double OthersRefused)> Curve,
    IReadOnlyList<(int Fold, int Pages, PageKindRates Model)> PerFold,
    IReadOnlyList<(string PageType, int Pages, double ModelArticle, double DeclaredArticle)> PerPageType);

/// <summary>Share of article pages judged articles, and of other pages judged not articles.</summary>
public sealed record PageKindRates(double ArticlesKept, double OthersRefused)
{
    /// <summary>Mean of the two shares (balanced accuracy).</summary>
    public double Balanced => (ArticlesKept + OthersRefused) / 2;
}
