namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>One page's word-bag precision, recall and F1 (<see cref="WordBagMetric"/>).</summary>
public sealed record WordBagScore(double Precision, double Recall, double F1);
