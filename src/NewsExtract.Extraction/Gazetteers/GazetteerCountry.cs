namespace NewsExtract.Extraction.Gazetteers;

/// <summary>
/// A country of the world gazetteer: ISO 3166-1 codes, the short name analysts use, the official name, other names
/// (alternative spellings and abbreviations), adjectives and demonyms, capital, ISO 4217 currency, GeoNames id
/// and population (which decides a name or adjective several countries share: "American" is the United States').
/// </summary>
public sealed record GazetteerCountry(
    string Iso2,
    string Iso3,
    string Name,
    string OfficialName,
    IReadOnlyList<string> OtherNames,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Demonyms,
    string? Capital,
    string? Currency,
    long? GeoNameId,
    long Population);
