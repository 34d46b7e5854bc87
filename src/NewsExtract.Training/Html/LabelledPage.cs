using NewsExtract.Ingestion.Html.Benchmark;
using NewsExtract.Ingestion.Html.Blocks;

namespace NewsExtract.Training.Html;

/// <summary>One benchmark page cut into blocks, with each block's label (main content or not).</summary>
public sealed record LabelledPage(BenchmarkPage Page, PageBlocks Blocks, bool[] Labels);
