using HtmlAgilityPack;
using System.Xml.XPath;
using NewsExtract.Ingestion.Html.Blocks;
using NewsExtract.Ingestion.Html.PageKinds;
using NewsExtract.Ingestion.Html.Titles;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Takes a news article out of an HTML page: the body text without page furniture, the title, publication date,
/// author, canonical URL and language. Thread-safe: each call parses its own document.
/// </summary>
public sealed class HtmlArticleExtractor
{
    /// <summary>Deepest element nesting accepted; deeper pages are rejected rather than risk the stack.</summary>
    public const int MaxNesting = 4000;

    /// <summary>Pages with more text blocks than this are judged by the rules alone (the features would cost too much memory).</summary>
    public const int MaxClassifiedBlocks = 20_000;

    private readonly HtmlExtractionOptions _options;

    public HtmlArticleExtractor(HtmlExtractionOptions? options = null) => _options = options ?? HtmlExtractionOptions.Default;

    /// <summary>Extracts the article from <paramref name="html"/>; <paramref name="pageUrl"/> (if known) resolves relative links and gives a URL date.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="html"/> is null.</exception>
    /// <exception cref="InvalidDataException">When the page nests elements more than <see cref="MaxNesting"/> deep.</exception>
    /// <exception cref="ArgumentException">When an XPath override in the options is not valid XPath.</exception>
    public ExtractedPage Extract(string html, Uri? pageUrl = null) => Run(html, pageUrl, blocksWanted: false).Page;

    /// <summary>
    /// The page's <see cref="PageKindFeatures"/>: what <c>train html-page-kinds</c> learns from. Same exceptions as
    /// <see cref="Extract"/>.
    /// </summary>
    public float[] ReadPageKindFeatures(string html, Uri? pageUrl = null) => Run(html, pageUrl, blocksWanted: false, pageKindWanted: true).PageKind!;

    /// <summary>
    /// The page cut into blocks with their classifier features and the rule extractor's text: what
    /// <c>train html-blocks</c> learns from. Same exceptions as <see cref="Extract"/>.
    /// </summary>
    public PageBlocks ReadBlocks(string html, Uri? pageUrl = null) => Run(html, pageUrl, blocksWanted: true).Blocks!;

    /// <summary>
    /// The page's title candidates with their features and the title the rules alone choose: what
    /// <c>train html-titles</c> learns from. Same exceptions as <see cref="Extract"/>.
    /// </summary>
    public (IReadOnlyList<TitleCandidate> Candidates, string? RuleTitle) ReadTitleCandidates(string html, Uri? pageUrl = null)
    {
        var document = Parse(html);
        var scan = PageScan.Of(document);
        var meta = new MetaTags(scan.Metas);
        var jsonLd = JsonLdReader.Read(scan.JsonLd);
        var canonical = PageMetadataReader.CanonicalUrl(scan, meta, jsonLd, pageUrl);
        var siteUrl = pageUrl ?? (Uri.TryCreate(canonical?.Value, UriKind.Absolute, out var c) ? c : null);
        var candidates = TitleCandidates.Collect(scan, meta, jsonLd, siteUrl, IsDeclaredArticle(meta, jsonLd));
        var rules = PageMetadataReader.Title(document, scan, meta, jsonLd, _options with { TitleRanker = null }, siteUrl, false);
        return (candidates, rules?.Value);
    }

    private static HtmlDocument Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxNesting, OptionUseIdAttribute = false };
        try
        {
            document.LoadHtml(HtmlPreCleaner.Clean(html));
        }
        catch (Exception e) when (e.GetType() == typeof(Exception))
        {
            // HtmlAgilityPack reports runaway nesting (unclosed tags) with a bare Exception.
            throw new InvalidDataException($"The page cannot be parsed as HTML: {e.Message}", e);
        }
        NoscriptPage.Unwrap(document);
        return document;
    }

    private static bool IsDeclaredArticle(MetaTags meta, JsonLdArticle? jsonLd) =>
        string.Equals(meta.Get("og:type"), "article", StringComparison.OrdinalIgnoreCase)
        || (jsonLd is not null && JsonLdReader.IsArticleType(jsonLd.Type));

    private (ExtractedPage Page, PageBlocks? Blocks, float[]? PageKind) Run(string html, Uri? pageUrl, bool blocksWanted, bool pageKindWanted = false)
    {
        var document = Parse(html);
        try
        {
            return Extract(document, pageUrl, blocksWanted, pageKindWanted);
        }
        catch (XPathException e)
        {
            throw new ArgumentException($"An XPath override in the extraction options is not valid: {e.Message}", e);
        }
    }

    private (ExtractedPage Page, PageBlocks? Blocks, float[]? PageKind) Extract(HtmlDocument document, Uri? pageUrl, bool blocksWanted, bool pageKindWanted)
    {
        var scan = PageScan.Of(document);
        var meta = new MetaTags(scan.Metas);
        var jsonLd = JsonLdReader.Read(scan.JsonLd);
        var declaredArticle = IsDeclaredArticle(meta, jsonLd);
        var canonical = PageMetadataReader.CanonicalUrl(scan, meta, jsonLd, pageUrl);
        var dateUrl = pageUrl ?? (Uri.TryCreate(canonical?.Value, UriKind.Absolute, out var c) ? c : null);
        var title = PageMetadataReader.Title(document, scan, meta, jsonLd, _options, dateUrl, declaredArticle);
        // The body's rules and block features were tuned and trained with the rules' headline (the line they leave
        // out of the body and measure blocks against), so they keep it whichever title the ranker reports.
        var bodyTitle = _options.TitleRanker is null || title?.Source == "override" ? title
            : PageMetadataReader.Title(document, scan, meta, jsonLd, _options with { TitleRanker = null });
        scan.FindHeadline(title?.Value);
        var authors = PageMetadataReader.Authors(scan, meta, jsonLd, dateUrl);
        var language = PageMetadataReader.Language(scan, meta, jsonLd);
        var markupDate = PublicationDateFinder.Find(document, scan, meta, jsonLd, dateUrl, bodyText: null,
            _options with { DateFromText = false });

        var body = scan.TextRoot(document);
        var classifier = blocksWanted ? null : _options.BlockClassifier;
        // Blocks are cut before the rules prune the tree.
        // A huge page keeps memory bounded: past MaxClassifiedBlocks the segmenter gives up and the rules alone judge it.
        var blocks = blocksWanted ? BlockSegmenter.Segment(body)
            : classifier is not null ? BlockSegmenter.Segment(body, MaxClassifiedBlocks) : null;
        // The page-kind features read the layout before the rules prune the tree, and the rules' body after.
        var pageKindClassifier = pageKindWanted ? null : _options.PageKindClassifier;
        var pageKind = pageKindWanted || pageKindClassifier is not null ? PageKindFeatures.MeasureLayout(body) : null;
        var (ruleText, ruleParagraphs, pinned) = ExtractBody(document, body, bodyTitle?.Value);
        if (pageKind is not null)
            PageKindFeatures.Complete(pageKind, meta, jsonLd, scan.JsonLd, dateUrl, title?.Value, ruleText, markupDate is not null, authors is not null);
        // A body XPath that matched says the source knows its article pages: they are not judged.
        var verdict = pageKindClassifier is not null && pageKind is not null && !pinned ? pageKindClassifier.Judge(pageKind) : null;
        PageBlocks? pageBlocks = null;
        if (blocks is not null)
        {
            var inRule = blocks.Select(b => ruleParagraphs.Contains(b.Text)).ToList();
            var features = BlockFeatures.Compute(blocks, inRule, bodyTitle?.Value, jsonLd is not null, declaredArticle);
            pageBlocks = new PageBlocks(blocks, features, ruleText, bodyTitle?.Value, declaredArticle);
        }
        var text = ruleText;
        if (classifier is not null && pageBlocks is not null && !pinned)
            text = BlockSelection.Write(pageBlocks, pageBlocks.Features.Select(classifier.Score).ToArray(), classifier.Threshold) ?? ruleText;
        var published = markupDate;
        if (published is null && _options.DateFromText && PublicationDateFinder.FromDateline(text) is { } dateline)
            published = new(dateline, "dateline");
        var page = new ExtractedPage
        {
            Title = title?.Value,
            Text = text,
            PublishedAt = published?.Value,
            Author = authors is null ? null : string.Join(", ", authors.Value),
            Authors = authors?.Value ?? [],
            CanonicalUrl = canonical?.Value,
            Language = language?.Value,
            PageKind = verdict,
            Sources = new ExtractedMetadataSources
            {
                Title = title?.Source,
                PublishedAt = published?.Source,
                Author = authors?.Source,
                CanonicalUrl = canonical?.Source,
                Language = language?.Source,
            },
        };
        return (page, pageBlocks, pageKind);
    }

    /// <summary>The rule extractor's body text, the paragraphs it wrote (before line filtering), and whether a body XPath pinned it.</summary>
    private (string Text, HashSet<string> Paragraphs, bool Pinned) ExtractBody(HtmlDocument document, HtmlNode body, string? title)
    {
        var finder = new ArticleBodyFinder();
        if (_options.BodyXPath is not null)
        {
            var pinned = document.DocumentNode.SelectNodes(_options.BodyXPath);
            if (pinned is { Count: > 0 })
            {
                finder.Measure(body);
                var pinnedWriter = new BodyTextWriter(finder.StatsOf, title);
                return (pinnedWriter.Write(pinned), pinnedWriter.Paragraphs, true);
            }
        }
        var nodes = finder.Find(body);
        var writer = new BodyTextWriter(finder.StatsOf, title);
        return (writer.Write(nodes), writer.Paragraphs, false);
    }
}
