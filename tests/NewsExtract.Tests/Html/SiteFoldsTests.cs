using NewsExtract.Ingestion.Html.Benchmark;

namespace NewsExtract.Tests.Html;

public sealed class SiteFoldsTests
{
    [Fact]
    public void A_site_always_falls_in_the_same_fold_and_every_fold_is_used()
    {
        var domains = Enumerable.Range(0, 200).Select(i => $"site{i}.example").ToList();
        var folds = domains.Select(d => SiteFolds.FoldOf(d, 5)).ToList();
        Assert.All(folds, f => Assert.InRange(f, 0, 4));
        Assert.Equal(5, folds.Distinct().Count());
        Assert.Equal(folds, domains.Select(d => SiteFolds.FoldOf(d, 5)));
    }

    [Fact]
    public void Per_fold_groups_cover_every_page_once()
    {
        var pages = Enumerable.Range(0, 30).Select(i => new PageEvaluation
        {
            Page = new BenchmarkPage { Id = i.ToString(), HtmlPath = "", PageType = "article", Domain = $"site{i % 9}.example", Body = "a b" },
            WordScore = WordBagMetric.ScorePage("a b", "a b"),
            TitleCorrect = i % 2 == 0,
        }).ToList();
        var groups = HtmlBenchmarkEvaluator.SummarizeFolds(pages, 3);
        Assert.Equal(["fold 1", "fold 2", "fold 3"], groups.Select(g => g.Name));
        Assert.Equal(30, groups.Sum(g => g.Pages));
    }
}
