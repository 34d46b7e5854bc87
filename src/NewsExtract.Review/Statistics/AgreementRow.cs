namespace NewsExtract.Review.Statistics;

/// <summary>
/// How far first and second reviewers agree on one type: the number of extractions both decided, the share with the
/// same outcome (accepted, corrected or rejected) and Cohen's kappa (agreement beyond what chance would give).
/// </summary>
public sealed record AgreementRow(string Kind, int Compared, double Observed, double Kappa)
{
    public static AgreementRow From(string kind, IReadOnlyList<(string First, string Second)> pairs)
    {
        var n = pairs.Count;
        var observed = (double)pairs.Count(p => p.First == p.Second) / n;
        var outcomes = pairs.SelectMany(p => new[] { p.First, p.Second }).Distinct(StringComparer.Ordinal);
        var expected = outcomes.Sum(o => (double)pairs.Count(p => p.First == o) / n * pairs.Count(p => p.Second == o) / n);
        var kappa = expected >= 1 ? 1 : (observed - expected) / (1 - expected);
        return new AgreementRow(kind, n, observed, kappa);
    }
}
