namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>
/// One page's score: shingle precision (null when the output has no shingles, so the page is left out of the
/// precision mean), recall, and whether the output's token list equals the truth's.
/// </summary>
public sealed record PageScore(double? Precision, double Recall, bool Exact, int TruePositives, int FalsePositives, int FalseNegatives);
