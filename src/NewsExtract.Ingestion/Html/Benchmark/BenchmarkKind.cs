namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>The HTML extraction benchmarks <c>evaluate html</c> reads, each scored with its own metric.</summary>
public enum BenchmarkKind
{
    /// <summary>Article-extraction benchmark: <c>html/*.html</c> and <c>ground-truth.json</c>; shingle F1 (<see cref="ShingleMetric"/>).</summary>
    Aeb,

    /// <summary>Web content extraction benchmark: <c>html/NNNN.html.gz</c> and <c>ground-truth/NNNN.json</c>; word-bag F1 (<see cref="WordBagMetric"/>).</summary>
    Wcxb,
}
