using NewsExtract.Ingestion.Html;
using NewsExtract.Ingestion.Html.Benchmark;
using NewsExtract.Ingestion.Html.Titles;

namespace NewsExtract.Training.Html;

/// <summary>
/// Trains the title ranker (<see cref="TitleRankerModel"/>) on a benchmark's pages with a true title: every
/// candidate the extractor finds is labelled by whether it is that title (<see cref="MetadataMatching.TitleMatches"/>)
/// and ML.NET FastTree learns to score them; a page's title is its best-scored candidate. Cross-validation keeps every
/// site in one fold.
/// </summary>
public sealed class TitleRankerTrainer
{
    private readonly TitleTrainingOptions _options;
    private readonly Action<string> _log;

    public TitleRankerTrainer(TitleTrainingOptions options, Action<string> log)
    {
        _options = options;
        _log = log;
    }

    /// <summary>Reads the candidates of every page that has a true title; pages that cannot be parsed are left out (and logged).</summary>
    public List<TitlePage> Label(IEnumerable<BenchmarkPage> pages, CancellationToken ct)
    {
        var extractor = new HtmlArticleExtractor(new HtmlExtractionOptions { BlockClassifier = null, TitleRanker = null });
        var labelled = new List<TitlePage>();
        foreach (var page in pages)
        {
            ct.ThrowIfCancellationRequested();
            if (page.Title is null)
                continue;
            try
            {
                var (candidates, rules) = extractor.ReadTitleCandidates(BenchmarkCorpus.ReadHtml(page), page.Url);
                labelled.Add(new TitlePage(page, candidates, candidates.Select(c => MetadataMatching.TitleMatches(page.Title, c.Text)).ToArray(), rules));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException)
            {
                _log($"{page.Id}: left out ({e.Message})");
            }
        }
        return labelled;
    }

    /// <summary>The fold of a site (<see cref="SiteFolds"/>), so one site's pages always share a fold.</summary>
    public int FoldOf(string domain) => SiteFolds.FoldOf(domain, _options.Folds, _options.Seed);

    public TitleCrossValidation CrossValidate(IReadOnlyList<TitlePage> pages, CancellationToken ct)
    {
        var right = new bool[pages.Count];
        var scores = new double[pages.Count][];
        for (var fold = 0; fold < _options.Folds; fold++)
        {
            ct.ThrowIfCancellationRequested();
            var train = pages.Where(p => FoldOf(p.Page.Domain) != fold).ToList();
            var model = Train(train, out _);
            for (var i = 0; i < pages.Count; i++)
            {
                if (FoldOf(pages[i].Page.Domain) != fold)
                    continue;
                scores[i] = pages[i].Candidates.Select(c => model.Score(c.Features)).ToArray();
                right[i] = model.Best(pages[i].Candidates) is { } best && MetadataMatching.TitleMatches(pages[i].Page.Title!, best.Text);
            }
            _log($"fold {fold + 1}/{_options.Folds}: trained on {train.Count} pages");
        }
        var rules = pages.Select(p => MetadataMatching.TitleMatches(p.Page.Title!, p.RuleTitle)).ToArray();
        double Share(IEnumerable<int> indexes, bool[] outcome)
        {
            var list = indexes.ToList();
            return list.Count == 0 ? 0 : list.Count(i => outcome[i]) / (double)list.Count;
        }
        var all = Enumerable.Range(0, pages.Count).ToList();
        var perFold = Enumerable.Range(0, _options.Folds)
            .Select(f => all.Where(i => FoldOf(pages[i].Page.Domain) == f).ToList())
            .Select((x, f) => (f + 1, x.Count, Share(x, right), Share(x, rules)))
            .ToList();
        var perType = all.GroupBy(i => pages[i].Page.PageType)
            .OrderByDescending(g => g.Count())
            .Select(g => (g.Key, g.Count(), Share(g, right), Share(g, rules)))
            .ToList();
        var reachable = pages.Count == 0 ? 0 : pages.Count(p => p.Labels.Any(l => l)) / (double)pages.Count;
        return new TitleCrossValidation(Share(all, right), Share(all, rules), reachable, perFold, perType, scores);
    }

    /// <summary>Trains FastTree on the pages' candidates (<see cref="FastTreeExport"/>) and makes the trees a <see cref="TitleRankerModel"/>.</summary>
    public TitleRankerModel Train(IReadOnlyList<TitlePage> pages, out IReadOnlyList<(string Feature, double Gain)> importance)
    {
        var settings = new FastTreeSettings(_options.Trees, _options.Leaves, _options.MinExamplesPerLeaf, _options.LearningRate, _options.Seed);
        var fit = _options.Ranking
            ? FastTreeExport.FitRanking(pages.SelectMany((p, g) => p.Candidates.Select((c, i) => ((uint)g, p.Labels[i], c.Features))), TitleFeatures.Names, settings)
            : FastTreeExport.Fit(pages.SelectMany(p => p.Candidates.Select((c, i) => (p.Labels[i], c.Features))), TitleFeatures.Names, settings);
        importance = fit.Importance;
        return new TitleRankerModel(TitleFeatures.Names, fit.Bias, fit.Trees);
    }
}
