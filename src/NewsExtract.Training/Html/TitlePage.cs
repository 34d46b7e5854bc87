using NewsExtract.Ingestion.Html.Benchmark;
using NewsExtract.Ingestion.Html.Titles;

namespace NewsExtract.Training.Html;

/// <summary>One benchmark page's title candidates, each labelled (is it the true title?), and the title the rules alone choose.</summary>
public sealed record TitlePage(BenchmarkPage Page, IReadOnlyList<TitleCandidate> Candidates, bool[] Labels, string? RuleTitle);
