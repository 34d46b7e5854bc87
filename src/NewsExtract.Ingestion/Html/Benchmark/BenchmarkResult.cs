namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>
/// The benchmark's summary over pages: precision and recall are means of the per-page values, F1 is the harmonic
/// mean of those two means, accuracy the share of exact pages.
/// </summary>
public sealed record BenchmarkResult(int Pages, double Precision, double Recall, double F1, double Accuracy);
