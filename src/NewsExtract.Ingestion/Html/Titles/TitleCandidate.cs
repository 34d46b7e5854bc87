namespace NewsExtract.Ingestion.Html.Titles;

/// <summary>
/// One possible headline of a page: a text (the same words from several places count once), the place it was first
/// found (<c>h1</c>, <c>meta:og:title</c>, <c>title</c>, <c>title:part</c>…) and its <see cref="TitleFeatures"/>.
/// </summary>
public sealed record TitleCandidate(string Text, string Source, float[] Features);
