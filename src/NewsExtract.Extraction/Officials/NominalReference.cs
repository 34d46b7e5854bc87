namespace NewsExtract.Extraction.Officials;

/// <summary>A definite nominal reference such as "the minister": its range (with "the") and its head, lower-cased.</summary>
public sealed record NominalReference(int Start, int End, string Head);
