namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Where <see cref="ExtractedPage"/>'s metadata came from, one name per field (null when the field is empty):
/// <c>override</c> (an XPath setting), <c>json-ld:…</c>, <c>meta:…</c> (the meta tag's name), <c>microdata</c>,
/// <c>time</c>, <c>text</c> (a date or byline printed on the page), <c>url</c>, <c>dateline</c>, <c>h1</c>,
/// <c>title</c>, <c>link:canonical</c>, <c>html:lang</c>, <c>page-url</c>. A date from <c>…modified…</c> or
/// <c>text:updated</c> means the page gave no publication date, only when it was last changed.
/// </summary>
public sealed record ExtractedMetadataSources
{
    public string? Title { get; init; }
    public string? PublishedAt { get; init; }
    public string? Author { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Language { get; init; }
}
