using NewsExtract.Ingestion.Html;
using NewsExtract.Ingestion.Html.Benchmark;
using NewsExtract.Ingestion.Html.PageKinds;

namespace NewsExtract.Training.Html;

/// <summary>
/// Trains the page-kind classifier (<see cref="PageKindModel"/>) on a benchmark's pages with an annotated page type:
/// an article page is labelled true, a listing, collection, forum, product, service or documentation page false, and
/// ML.NET FastTree learns it from <see cref="PageKindFeatures"/> (<see cref="FastTreeExport"/>). Cross-validation keeps
/// every site in one fold; the threshold is chosen on the out-of-fold scores.
/// </summary>
public sealed class PageKindTrainer(PageKindTrainingOptions options, Action<string> log)
{
    /// <summary>The page types that count as articles.</summary>
    public const string ArticleType = "article";

    /// <summary>Reads the features of every page with a known type; pages that cannot be parsed are left out (and logged).</summary>
    public List<PageKindPage> Label(IEnumerable<BenchmarkPage> pages, CancellationToken ct)
    {
        var extractor = new HtmlArticleExtractor(new HtmlExtractionOptions { BlockClassifier = null, PageKindClassifier = null });
        var labelled = new List<PageKindPage>();
        foreach (var page in pages)
        {
            ct.ThrowIfCancellationRequested();
            if (page.PageType is "unknown" or "")
                continue;
            try
            {
                var features = extractor.ReadPageKindFeatures(BenchmarkCorpus.ReadHtml(page), page.Url);
                labelled.Add(new PageKindPage(page, features, page.PageType == ArticleType));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException)
            {
                log($"{page.Id}: left out ({e.Message})");
            }
        }
        return labelled;
    }

    public int FoldOf(string domain) => SiteFolds.FoldOf(domain, options.Folds, options.Seed);

    /// <summary>Scores every page with a model trained on the other folds' sites, then chooses the threshold.</summary>
    public PageKindCrossValidation CrossValidate(IReadOnlyList<PageKindPage> pages, CancellationToken ct)
    {
        var scores = new double[pages.Count];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            ct.ThrowIfCancellationRequested();
            var train = pages.Where(p => FoldOf(p.Page.Domain) != fold).ToList();
            var foldModel = Train(train, threshold: 0, out _);
            for (var i = 0; i < pages.Count; i++)
                if (FoldOf(pages[i].Page.Domain) == fold)
                    scores[i] = foldModel.Score(pages[i].Features);
            log($"fold {fold + 1}/{options.Folds}: trained on {train.Count} pages");
        }
        var all = Enumerable.Range(0, pages.Count).ToList();
        var threshold = ThresholdKeeping(pages, scores, options.ArticlesKept);
        var model = all.Select(i => scores[i] > threshold).ToArray();
        var declared = all.Select(i => pages[i].Features[PageKindFeatures.Index("declaredArticle")] > 0).ToArray();
        var dated = all.Select(i => declared[i] || pages[i].Features[PageKindFeatures.Index("hasDate")] > 0).ToArray();
        var declaredRates = Rates(pages, all, declared);
        var atDeclaredKeep = ThresholdKeeping(pages, scores, declaredRates.ArticlesKept);
        var curve = new[] { 0.90, 0.95, 0.97, 0.98, 0.99 }
            .Select(keep => (keep, ThresholdKeeping(pages, scores, keep)))
            .Select(x => (x.keep, x.Item2, Rates(pages, all, all.Select(i => scores[i] > x.Item2).ToArray()).OthersRefused))
            .ToList();
        var perFold = Enumerable.Range(0, options.Folds)
            .Select(f => (f + 1, all.Where(i => FoldOf(pages[i].Page.Domain) == f).ToList()))
            .Select(x => (x.Item1, x.Item2.Count, Rates(pages, x.Item2, model)))
            .ToList();
        var perType = all.GroupBy(i => pages[i].Page.PageType)
            .OrderByDescending(g => g.Count())
            .Select(g => (g.Key, g.Count(), g.Count(i => model[i]) / (double)g.Count(), g.Count(i => declared[i]) / (double)g.Count()))
            .ToList();
        return new PageKindCrossValidation(threshold, Rates(pages, all, model), declaredRates, Rates(pages, all, dated),
            Rates(pages, all, all.Select(i => scores[i] > atDeclaredKeep).ToArray()).OthersRefused, curve, perFold, perType);
    }

    /// <summary>The highest threshold under which at most 1 − <paramref name="kept"/> of the article pages score (pages score "article" above it).</summary>
    private static double ThresholdKeeping(IReadOnlyList<PageKindPage> pages, double[] scores, double kept)
    {
        var articles = Enumerable.Range(0, pages.Count).Where(i => pages[i].IsArticle).Select(i => scores[i]).Order().ToArray();
        if (articles.Length == 0)
            return 0;
        var lost = Math.Min(articles.Length - 1, (int)Math.Floor((1 - kept) * articles.Length + 1e-9));
        // Just below the lowest article score that must stay above the threshold.
        return lost == 0 ? articles[0] - 1e-6 : (articles[lost - 1] + articles[lost]) / 2;
    }

    private static PageKindRates Rates(IReadOnlyList<PageKindPage> pages, IEnumerable<int> indexes, bool[] judgedArticle)
    {
        int articles = 0, kept = 0, others = 0, refused = 0;
        foreach (var i in indexes)
        {
            if (pages[i].IsArticle)
            {
                articles++;
                if (judgedArticle[i]) kept++;
            }
            else
            {
                others++;
                if (!judgedArticle[i]) refused++;
            }
        }
        return new PageKindRates(articles == 0 ? 0 : kept / (double)articles, others == 0 ? 0 : refused / (double)others);
    }

    /// <summary>Trains FastTree on the pages and makes the trees a <see cref="PageKindModel"/> deciding at <paramref name="threshold"/>.</summary>
    public PageKindModel Train(IReadOnlyList<PageKindPage> pages, double threshold, out IReadOnlyList<(string Feature, double Gain)> importance)
    {
        var fit = FastTreeExport.Fit(pages.Select(p => (p.IsArticle, p.Features)), PageKindFeatures.Names,
            new FastTreeSettings(options.Trees, options.Leaves, options.MinExamplesPerLeaf, options.LearningRate, options.Seed));
        importance = fit.Importance;
        return new PageKindModel(PageKindFeatures.Names, threshold, fit.Bias, fit.Trees);
    }
}
