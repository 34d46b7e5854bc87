namespace NewsExtract.Extraction.Gazetteers;

/// <summary>
/// A place of the world gazetteer: a GeoNames city (≥ 15,000 people) or first-level region, with its country's ISO
/// 3166-1 alpha-2 code, its region code, population (0 for regions) and the Latin-script names it is known by.
/// </summary>
public sealed record GazetteerPlace(
    long GeoNameId,
    string Name,
    IReadOnlyList<string> OtherNames,
    string CountryCode,
    string? Admin1,
    PlaceKind Kind,
    long Population);
