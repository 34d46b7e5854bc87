namespace NewsExtract.Core.Documents;

/// <summary>
/// What a place entity was resolved to in the world gazetteer: a country (<see cref="Kind"/> "country"), a first-level
/// region ("region") or a city ("city"), with the ISO 3166-1 alpha-2 code of its country and its GeoNames id.
/// </summary>
public sealed record PlaceReference(string Kind, string CountryCode, long? GeoNameId)
{
    public const string Country = "country", Region = "region", City = "city";
}
