namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Settings for <see cref="HtmlArticleExtractor"/>. The XPath overrides let a source whose layout is known pin the
/// title, body or date; when an override matches nothing the general heuristics are used.
/// </summary>
public sealed record HtmlExtractionOptions
{
    public static HtmlExtractionOptions Default { get; } = new();

    /// <summary>XPath of the element holding the title (its text is taken).</summary>
    public string? TitleXPath { get; init; }

    /// <summary>XPath of the element(s) holding the article body; all matches are joined in document order.</summary>
    public string? BodyXPath { get; init; }

    /// <summary>XPath of the element holding the date (its <c>datetime</c> or <c>content</c> attribute, else its text).</summary>
    public string? DateXPath { get; init; }

    /// <summary>Whether to look for a dateline date in the body text when the markup and URL give none.</summary>
    public bool DateFromText { get; init; } = true;

    /// <summary>
    /// The learned block classifier that picks the body's lines (with the rule extractor's choice as one of its
    /// features); null for the rules alone. Default: the model shipped in the assembly, when the build has one.
    /// A <see cref="BodyXPath"/> that matches always wins over both.
    /// </summary>
    public Blocks.BlockClassifierModel? BlockClassifier { get; init; } = Blocks.BlockClassifierModel.Shipped;

    /// <summary>
    /// The learned title ranker that picks the headline among the page's candidates (headings, OpenGraph, JSON-LD,
    /// the document title and its parts); null for the rules alone. Default: the model shipped in the assembly, when
    /// the build has one. A <see cref="TitleXPath"/> that matches always wins.
    /// </summary>
    public Titles.TitleRankerModel? TitleRanker { get; init; } = Titles.TitleRankerModel.Shipped;

    /// <summary>
    /// The learned page-kind classifier that tells an article from a listing, section front, forum, product or other
    /// page (<see cref="ExtractedPage.PageKind"/>); null to judge no page. Default: the model shipped in the assembly,
    /// when the build has one. Pages whose <see cref="BodyXPath"/> matches are not judged.
    /// </summary>
    public PageKinds.PageKindModel? PageKindClassifier { get; init; } = PageKinds.PageKindModel.Shipped;
}
