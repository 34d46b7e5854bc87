using NewsExtract.Core.Articles;

namespace NewsExtract.Ingestion.Sources;

/// <summary>
/// What a source yields for one input: the article, or the reason it could not be read. A failed input never
/// stops the source; it is reported and the next one follows.
/// </summary>
public sealed record SourceItem(string Input, Article? Article, string? Error)
{
    public static SourceItem Success(string input, Article article) => new(input, article, null);

    public static SourceItem Failure(string input, string error) => new(input, null, error);
}
