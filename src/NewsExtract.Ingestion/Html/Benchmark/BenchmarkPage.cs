namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>
/// One benchmark page: where its HTML is, its address, page type and site, and the truth for body and metadata
/// (null where the benchmark gives none).
/// </summary>
public sealed record BenchmarkPage
{
    public required string Id { get; init; }
    public required string HtmlPath { get; init; }
    public Uri? Url { get; init; }

    /// <summary>"article", "forum", "listing", …; "article" for benchmarks that hold only articles.</summary>
    public required string PageType { get; init; }

    /// <summary>The site (host without "www."), used to keep one site's pages in one cross-validation fold.</summary>
    public required string Domain { get; init; }

    /// <summary>The main text; null when the benchmark has none for this page (the page is then not scored for its body).</summary>
    public string? Body { get; init; }

    public string? Title { get; init; }
    public string? Author { get; init; }

    /// <summary>The publication day as the benchmark writes it (<c>yyyy-MM-dd</c> or <c>yyyy-MM</c>).</summary>
    public string? PublishDate { get; init; }
}
