using System.Text.Json.Serialization;

namespace NewsExtract.Core.Records;

/// <summary>
/// A person holding office: title as written (without name or country adjective), state served, body, and (schema
/// version 2) the state's ISO 3166-1 alpha-2 code, left out of the JSON when unknown; (version 3) its <see cref="Id"/>
/// in the record, "off1", "off2" … (<see cref="RecordIds"/>).
/// </summary>
public sealed record OfficialRecord(
    string Name,
    string? Title,
    string? Country,
    string? Organization,
    IReadOnlyList<MentionRecord> Mentions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CountryCode = null)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }
}
