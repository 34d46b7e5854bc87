namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>
/// Scores over a group of pages (all, or one page type): body precision, recall and F1 in the benchmark's metric,
/// and the share of correct titles, dates and authors among the pages whose truth has one.
/// </summary>
public sealed record HtmlBenchmarkGroup
{
    public required string Name { get; init; }
    public required int Pages { get; init; }
    public required int BodyPages { get; init; }
    public required double BodyPrecision { get; init; }
    public required double BodyRecall { get; init; }
    public required double BodyF1 { get; init; }
    public required FieldAccuracy Title { get; init; }
    public required FieldAccuracy Date { get; init; }
    public required FieldAccuracy Author { get; init; }

    /// <summary>Sums up <paramref name="pages"/>: WCXB pages by mean per-page F1; shingle pages as the benchmark does (F1 of the mean precision and mean recall).</summary>
    public static HtmlBenchmarkGroup Of(string name, IReadOnlyCollection<PageEvaluation> pages)
    {
        var words = pages.Where(p => p.WordScore is not null).Select(p => p.WordScore!).ToList();
        var shingles = pages.Where(p => p.ShingleScore is not null).Select(p => p.ShingleScore!).ToList();
        double precision, recall, f1;
        if (shingles.Count > 0)
        {
            var summary = ShingleMetric.Summarize(shingles);
            (precision, recall, f1) = (summary.Precision, summary.Recall, summary.F1);
        }
        else if (words.Count > 0)
        {
            (precision, recall, f1) = (words.Average(w => w.Precision), words.Average(w => w.Recall), words.Average(w => w.F1));
        }
        else
        {
            (precision, recall, f1) = (0, 0, 0);
        }
        return new HtmlBenchmarkGroup
        {
            Name = name,
            Pages = pages.Count,
            BodyPages = words.Count + shingles.Count,
            BodyPrecision = precision,
            BodyRecall = recall,
            BodyF1 = f1,
            Title = FieldAccuracy.Of(pages.Select(p => p.TitleCorrect)),
            Date = FieldAccuracy.Of(pages.Select(p => p.DateCorrect)),
            Author = FieldAccuracy.Of(pages.Select(p => p.AuthorCorrect)),
        };
    }
}
