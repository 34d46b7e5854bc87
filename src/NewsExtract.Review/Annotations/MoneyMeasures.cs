namespace NewsExtract.Review.Annotations;

/// <summary>What an amount of money can measure: the list in the record schema's description of <c>money.measure</c>.</summary>
public static class MoneyMeasures
{
    public static readonly IReadOnlyList<string> All =
        ["trade turnover", "exports", "imports", "investment", "loan", "grant", "budget", "contract value", "fine", "price", "revenue", "other"];
}
