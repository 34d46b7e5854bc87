using NewsExtract.Ingestion.Html.Benchmark;

namespace NewsExtract.Training.Html;

/// <summary>One annotated page for the page-kind classifier: its features and whether its annotated type is an article.</summary>
public sealed record PageKindPage(BenchmarkPage Page, float[] Features, bool IsArticle);
