namespace NewsExtract.Ingestion.Html.Blocks;

/// <summary>
/// A page cut into blocks, with each block's features and what the rule extractor made of the page.
/// <paramref name="DeclaredArticle"/>: the page says it is an article (<c>og:type</c> article or a schema.org article type).
/// </summary>
public sealed record PageBlocks(IReadOnlyList<TextBlock> Blocks, float[][] Features, string RuleText, string? Title, bool DeclaredArticle);
