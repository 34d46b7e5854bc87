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
    /// <summary>The <c>author</c> (else <c>creator</c>) names, in order; empty when there are none.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Whether every author is typed as an organisation (often the site itself, not a byline).</summary>
    public bool AuthorsAreOrganizations { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    public string? ArticleBody { get; init; }
}
