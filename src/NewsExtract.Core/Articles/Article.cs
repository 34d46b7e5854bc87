namespace NewsExtract.Core.Articles;

/// <summary>
/// An article as ingestion hands it to extraction: the body text and what is known about it.
/// <see cref="Key"/> identifies the article within its source (canonical URL, or the path inside a local folder)
/// and is what the record id is derived from.
/// </summary>
public sealed record Article
{
    public required string Key { get; init; }
    public required string Text { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Language { get; init; }

    /// <summary>
    /// The kind of writing the source is known to publish ("news" or "web", a source's <c>Register</c> setting), or
    /// null to let the pipeline's register detector judge each article.
    /// </summary>
    public string? Register { get; init; }
    public required ArticleSource Source { get; init; }
}
