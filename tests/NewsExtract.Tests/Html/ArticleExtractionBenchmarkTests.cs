using NewsExtract.Ingestion.Html;
using NewsExtract.Ingestion.Html.Benchmark;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Html;

public sealed class ArticleExtractionBenchmarkTests
{
    [SharedDataFact]
    public void Extractor_reaches_the_quality_target_on_the_shared_benchmark_pages()
    {
        var folder = Path.Combine(RepoPaths.SharedData, "aeb");
        var truth = BenchmarkFiles.ReadBodies(Path.Combine(folder, "ground-truth.json"));
        var extractor = new HtmlArticleExtractor();
        var output = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "html"), "*.html"))
            output[Path.GetFileNameWithoutExtension(file)] = extractor.Extract(File.ReadAllText(file)).Text;

        var (_, result) = BenchmarkFiles.Score(truth, output);

        Assert.Equal(truth.Count, output.Keys.Intersect(truth.Keys).Count());
        Assert.True(result.F1 >= 0.965, $"F1 {result.F1:F4} (P {result.Precision:F4}, R {result.Recall:F4}) is below 0.965");
    }
}
