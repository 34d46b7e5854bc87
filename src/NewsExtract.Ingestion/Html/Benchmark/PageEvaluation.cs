namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>
/// One benchmark page after extraction: the body score in the benchmark's metric (null when the page has no body
/// truth), and for each metadata field whether it matched (null when the benchmark has no truth for it).
/// </summary>
public sealed record PageEvaluation
{
    public required BenchmarkPage Page { get; init; }

    /// <summary>Word-bag score (WCXB); null for benchmarks scored with shingles or pages without a body truth.</summary>
    public WordBagScore? WordScore { get; init; }

    /// <summary>Shingle score (article-extraction benchmark); null otherwise.</summary>
    public PageScore? ShingleScore { get; init; }

    public bool? TitleCorrect { get; init; }
    public bool? DateCorrect { get; init; }
    public bool? AuthorCorrect { get; init; }

    /// <summary>What was extracted, for the per-page report.</summary>
    public string? Title { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Author { get; init; }

    /// <summary>Where the title, date and author came from (<see cref="ExtractedPage.Sources"/>).</summary>
    public ExtractedMetadataSources Sources { get; init; } = new();

    /// <summary>Why extraction failed, when it did (the body then scores as empty).</summary>
    public string? Error { get; init; }

    /// <summary>The page's body F1 in its benchmark's metric (shingle pages: the F1 of that page's precision and recall).</summary>
    public double? BodyF1 => WordScore?.F1 ?? (ShingleScore is { } s
        ? (s.Precision is { } p && p + s.Recall > 0 ? 2 * p * s.Recall / (p + s.Recall) : 0)
        : null);
}
