using System.Text.Json.Serialization;

namespace NewsExtract.Core.Records;

/// <summary>
/// A person, organisation or location: its fullest name and every mention. A location resolved in the world gazetteer
/// also carries <see cref="PlaceKind"/> (country, region, city), its country's ISO 3166-1 alpha-2 <see cref="CountryCode"/>
/// and its <see cref="GeoNameId"/>; these are left out of the JSON when unknown (schema version 2). <see cref="Id"/>
/// (version 3) names it within the record for event participants to refer to.
/// </summary>
public sealed record EntityRecord(string Name, IReadOnlyList<MentionRecord> Mentions)
{
    /// <summary>"per1", "org1", "loc1" … by list and position (<see cref="RecordIds"/>); absent on records before version 3.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PlaceKind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CountryCode { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("geonameId")]
    public long? GeoNameId { get; init; }
}
