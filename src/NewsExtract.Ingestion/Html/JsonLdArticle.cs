namespace NewsExtract.Ingestion.Html;

/// <summary>The fields of a schema.org article object (JSON-LD) the extractor uses.</summary>
public sealed record JsonLdArticle
{
    /// <summary>The object's schema.org type, e.g. "NewsArticle".</summary>
    public required string Type { get; init; }
    public string? Headline { get; init; }
    public string? DatePublished { get; init; }
    public string? DateCreated { get; init; }
    public string? DateModified { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    public string? ArticleBody { get; init; }
}
