namespace NewsExtract.Core.Records;

/// <summary>
/// The ids a version-3 record gives its entities and events, by list and position: persons "per1", "per2" …,
/// officials "off1" …, organisations "org1" …, locations "loc1" …, events "e1" … in the record's order. They are
/// stable for a record (the same lines give the same ids) and name things within it only; a later revision of the
/// article numbers its own lists.
/// </summary>
public static class RecordIds
{
    public const string PersonPrefix = "per";
    public const string OfficialPrefix = "off";
    public const string OrganizationPrefix = "org";
    public const string LocationPrefix = "loc";
    public const string EventPrefix = "e";

    public static string Of(string prefix, int index) => prefix + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The record with every entity and event numbered (ids already there are replaced, so the numbering follows the lists).</summary>
    public static ArticleRecord Assign(ArticleRecord record) => record with
    {
        Persons = [.. record.Persons.Select((e, i) => e with { Id = Of(PersonPrefix, i) })],
        Officials = [.. record.Officials.Select((o, i) => o with { Id = Of(OfficialPrefix, i) })],
        Organizations = [.. record.Organizations.Select((e, i) => e with { Id = Of(OrganizationPrefix, i) })],
        Locations = [.. record.Locations.Select((e, i) => e with { Id = Of(LocationPrefix, i) })],
        Events = [.. record.Events.Select((e, i) => e with { Id = Of(EventPrefix, i) })],
    };
}
