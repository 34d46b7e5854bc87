namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>
/// Runs an <see cref="HtmlArticleExtractor"/> over benchmark pages and scores each one: the body with the
/// benchmark's metric, the title, date and author with <see cref="MetadataMatching"/>. A page that cannot be read
/// or parsed scores as empty output and carries its error.
/// </summary>
public sealed class HtmlBenchmarkEvaluator
{
    private readonly HtmlArticleExtractor _extractor;
    private readonly BenchmarkKind _kind;

    public HtmlBenchmarkEvaluator(BenchmarkKind kind, HtmlArticleExtractor? extractor = null)
    {
        _kind = kind;
        _extractor = extractor ?? new HtmlArticleExtractor();
    }

    public PageEvaluation Evaluate(BenchmarkPage page)
    {
        ExtractedPage? extracted = null;
        string? error = null;
        try
        {
            extracted = _extractor.Extract(BenchmarkCorpus.ReadHtml(page), page.Url);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
        {
            error = e.Message;
        }
        var text = extracted?.Text ?? "";
        return new PageEvaluation
        {
            Page = page,
            WordScore = _kind == BenchmarkKind.Wcxb && page.Body is not null ? WordBagMetric.ScorePage(page.Body, text) : null,
            ShingleScore = _kind == BenchmarkKind.Aeb && page.Body is not null ? ShingleMetric.ScorePage(page.Body, text) : null,
            TitleCorrect = page.Title is null ? null : MetadataMatching.TitleMatches(page.Title, extracted?.Title),
            DateCorrect = page.PublishDate is null ? null : MetadataMatching.DateMatches(page.PublishDate, extracted?.PublishedAt),
            AuthorCorrect = page.Author is null ? null : MetadataMatching.AuthorMatches(page.Author, extracted?.Author),
            Title = extracted?.Title,
            PublishedAt = extracted?.PublishedAt,
            Author = extracted?.Author,
            Sources = extracted?.Sources ?? new(),
            Error = error,
        };
    }

    /// <summary>The group over all pages first, then one per page type (most pages first).</summary>
    public static IReadOnlyList<HtmlBenchmarkGroup> Summarize(IReadOnlyCollection<PageEvaluation> pages)
    {
        var groups = new List<HtmlBenchmarkGroup> { HtmlBenchmarkGroup.Of("all", pages) };
        foreach (var type in pages.GroupBy(p => p.Page.PageType).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            groups.Add(HtmlBenchmarkGroup.Of(type.Key, type.ToList()));
        return groups;
    }

    /// <summary>One group per fold over sites (<see cref="SiteFolds"/>): how steady the scores are from one set of sites to another.</summary>
    public static IReadOnlyList<HtmlBenchmarkGroup> SummarizeFolds(IReadOnlyCollection<PageEvaluation> pages, int folds) =>
        Enumerable.Range(0, folds)
            .Select(f => HtmlBenchmarkGroup.Of($"fold {f + 1}", pages.Where(p => SiteFolds.FoldOf(p.Page.Domain, folds) == f).ToList()))
            .ToList();
}
