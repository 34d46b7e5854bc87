namespace NewsExtract.Review.Statistics;

/// <summary>Decided extractions of one type (or component version): accepted as extracted, corrected, rejected.</summary>
public sealed record AcceptanceRow(string Name, int Accepted, int Corrected, int Rejected)
{
    public int Decided => Accepted + Corrected + Rejected;

    /// <summary>Accepted as extracted out of all decided: the analysts' estimate of precision.</summary>
    public double AcceptanceRate => Decided == 0 ? 0 : (double)Accepted / Decided;
}
