using System.Text.Json.Serialization;

namespace NewsExtract.Core.Records;

/// <summary>
/// A person holding office: title as written (without name or country adjective), state served, body, and (schema
/// version 2) the state's ISO 3166-1 alpha-2 code, left out of the JSON when unknown.
/// </summary>
public sealed record OfficialRecord(
    string Name,
    string? Title,
    string? Country,
    string? Organization,
    IReadOnlyList<MentionRecord> Mentions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CountryCode = null);
