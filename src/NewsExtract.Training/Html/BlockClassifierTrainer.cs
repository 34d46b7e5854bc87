using NewsExtract.Ingestion.Html;
using NewsExtract.Ingestion.Html.Benchmark;
using NewsExtract.Ingestion.Html.Blocks;

namespace NewsExtract.Training.Html;

/// <summary>
/// Trains the block classifier (<see cref="BlockClassifierModel"/>) on a benchmark's annotated pages: each page is
/// cut into blocks by the extractor itself, each block labelled by <see cref="BlockLabeler"/>, and ML.NET FastTree
/// learns main content from <see cref="BlockFeatures"/>. Cross-validation keeps every site in one fold; the score
/// threshold is the one with the best mean page F1 over the out-of-fold predictions (the strictest of those within
/// <see cref="TieTolerance"/> of it).
/// </summary>
public sealed class BlockClassifierTrainer
{
    /// <summary>How close to the best out-of-fold mean page F1 a threshold must be to tie with it.</summary>
    public const double TieTolerance = 0.0005;

    private readonly BlockTrainingOptions _options;
    private readonly Action<string> _log;

    public BlockClassifierTrainer(BlockTrainingOptions options, Action<string> log)
    {
        _options = options;
        _log = log;
    }

    /// <summary>Cuts and labels every page that has a main text; pages that cannot be parsed are left out (and logged).</summary>
    public List<LabelledPage> Label(IEnumerable<BenchmarkPage> pages, CancellationToken ct)
    {
        var extractor = new HtmlArticleExtractor(new HtmlExtractionOptions { BlockClassifier = null });
        var labelled = new List<LabelledPage>();
        foreach (var page in pages)
        {
            ct.ThrowIfCancellationRequested();
            if (page.Body is null)
                continue;
            try
            {
                var blocks = extractor.ReadBlocks(BenchmarkCorpus.ReadHtml(page), page.Url);
                var labeler = new BlockLabeler(page.Body);
                labelled.Add(new LabelledPage(page, blocks, blocks.Blocks.Select(b => labeler.IsMainContent(b.Text)).ToArray()));
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

    public BlockCrossValidation CrossValidate(IReadOnlyList<LabelledPage> pages, CancellationToken ct)
    {
        var scores = _options.ScoresIn is { } scoresIn ? BlockScoreFile.Read(scoresIn, pages) : TrainFolds(pages, ct);
        if (_options.ScoresOut is { } scoresOut)
            BlockScoreFile.Write(scoresOut, pages, scores, FoldOf);
        return Decode(pages, scores);
    }

    private double[][] TrainFolds(IReadOnlyList<LabelledPage> pages, CancellationToken ct)
    {
        var scores = new double[pages.Count][];
        for (var fold = 0; fold < _options.Folds; fold++)
        {
            ct.ThrowIfCancellationRequested();
            var train = pages.Where(p => FoldOf(p.Page.Domain) != fold).ToList();
            var model = Train(train, threshold: 0);
            for (var i = 0; i < pages.Count; i++)
            {
                if (FoldOf(pages[i].Page.Domain) == fold)
                    scores[i] = pages[i].Blocks.Features.Select(model.Score).ToArray();
            }
            _log($"fold {fold + 1}/{_options.Folds}: trained on {train.Count} pages");
        }
        return scores;
    }

    private BlockCrossValidation Decode(IReadOnlyList<LabelledPage> pages, double[][] scores)
    {
        var rules = pages.Select(p => WordBagMetric.ScorePage(p.Page.Body, p.Blocks.RuleText).F1).ToArray();
        var tried = new List<(double Threshold, double Mean, double[] F1)>();
        foreach (var threshold in _options.Thresholds)
        {
            var f1 = pages.Select((p, i) => PageF1(p, scores[i], threshold)).ToArray();
            var mean = f1.Average();
            _log($"threshold {threshold,5}: out-of-fold mean page F1 {mean:F4}");
            tried.Add((threshold, mean, f1));
        }
        // thresholds within TieTolerance (half a unit of the third place the score is reported to) of the best mean are a tie; the
        // strictest of them wins, keeping the least boilerplate
        double top = tried.Max(t => t.Mean);
        var (bestThreshold, bestF1, best) = tried.Where(t => t.Mean >= top - TieTolerance).MaxBy(t => t.Threshold);
        var perFold = Enumerable.Range(0, _options.Folds)
            .Select(f => (f, Enumerable.Range(0, pages.Count).Where(i => FoldOf(pages[i].Page.Domain) == f).ToList()))
            .Select(x => (x.f + 1, x.Item2.Count, x.Item2.Select(i => best[i]).DefaultIfEmpty().Average(), x.Item2.Select(i => rules[i]).DefaultIfEmpty().Average()))
            .ToList();
        var perType = Enumerable.Range(0, pages.Count).GroupBy(i => pages[i].Page.PageType)
            .OrderByDescending(g => g.Count())
            .Select(g => (g.Key, g.Count(), g.Select(i => best[i]).Average(), g.Select(i => rules[i]).Average()))
            .ToList();
        return new BlockCrossValidation(bestThreshold, bestF1, rules.Average(), perFold, perType);
    }

    /// <summary>The page's F1 with the body <see cref="BlockSelection"/> writes at <paramref name="threshold"/> (the rules' text when it keeps nothing), as the extractor does.</summary>
    private static double PageF1(LabelledPage page, double[] scores, double threshold)
    {
        var text = BlockSelection.Write(page.Blocks, scores, threshold) ?? page.Blocks.RuleText;
        return WordBagMetric.ScorePage(page.Page.Body, text).F1;
    }

    /// <summary>Trains FastTree on the pages' blocks and converts the trees into a <see cref="BlockClassifierModel"/>.</summary>
    public BlockClassifierModel Train(IReadOnlyList<LabelledPage> pages, double threshold) => Train(pages, threshold, out _);

    public BlockClassifierModel Train(IReadOnlyList<LabelledPage> pages, double threshold, out IReadOnlyList<(string Feature, double Gain)> importance)
    {
        var rows = pages.SelectMany(p => p.Blocks.Features.Select((f, i) => (p.Labels[i], f)));
        var fit = FastTreeExport.Fit(rows, BlockFeatures.Names,
            new FastTreeSettings(_options.Trees, _options.Leaves, _options.MinExamplesPerLeaf, _options.LearningRate, _options.Seed));
        importance = fit.Importance;
        return new BlockClassifierModel(BlockFeatures.Names, threshold, fit.Bias, fit.Trees);
    }
}
