namespace NewsExtract.Extraction.Officials;

/// <summary>One line of <c>models/officials/countries.tsv</c>: ISO 3166-1 alpha-2 code, name, other names and adjectives, capitals.</summary>
public sealed record OfficialCountryRow(string Code, string Name, IReadOnlyList<string> Forms, IReadOnlyList<string> Capitals);
