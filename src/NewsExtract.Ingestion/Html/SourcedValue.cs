namespace NewsExtract.Ingestion.Html;

/// <summary>A value read from a page and where it came from (e.g. <c>json-ld:datePublished</c>, <c>meta:og:title</c>, <c>h1</c>, <c>url</c>).</summary>
public sealed record SourcedValue<T>(T Value, string Source);
