using NewsExtract.Core.Documents;

namespace NewsExtract.Core.Records;

/// <summary>
/// Finds the id of the record entity a participant name refers to, in a record numbered by <see cref="RecordIds"/>:
/// the list the participant's kind points at first (an official's name among the officials, a person's among the
/// persons then the officials — a person who is an official is listed only there — an organisation's among the
/// organisations, a place's among the locations), then every list; names compare exactly, then ignoring case.
/// </summary>
public sealed class EntityIdLookup
{
    private readonly List<(string Kind, string Name, string Id)> _entries = [];

    public EntityIdLookup(ArticleRecord record)
    {
        foreach (var o in record.Officials) if (o.Id is not null) _entries.Add((EventParticipant.OfficialKind, o.Name, o.Id));
        foreach (var e in record.Persons) if (e.Id is not null) _entries.Add((EntityLabels.Person, e.Name, e.Id));
        foreach (var e in record.Organizations) if (e.Id is not null) _entries.Add((EntityLabels.Organization, e.Name, e.Id));
        foreach (var e in record.Locations) if (e.Id is not null) _entries.Add((EntityLabels.Location, e.Name, e.Id));
    }

    /// <summary>The entity id for <paramref name="name"/>, preferring the list of <paramref name="kind"/> (an <see cref="EntityLabels"/> value or <see cref="EventParticipant.OfficialKind"/>); null when no entity has that name.</summary>
    public string? Find(string name, string? kind = null)
    {
        var preferred = kind switch
        {
            EventParticipant.OfficialKind => [EventParticipant.OfficialKind],
            EntityLabels.Person => [EntityLabels.Person, EventParticipant.OfficialKind],
            EntityLabels.Organization => [EntityLabels.Organization],
            EntityLabels.Location or EntityLabels.Gpe => [EntityLabels.Location],
            _ => Array.Empty<string>(),
        };
        foreach (var comparison in (ReadOnlySpan<StringComparison>)[StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase])
        {
            foreach (var k in preferred)
                foreach (var (entryKind, entryName, id) in _entries)
                    if (entryKind == k && string.Equals(entryName, name, comparison)) return id;
            foreach (var (_, entryName, id) in _entries)
                if (string.Equals(entryName, name, comparison)) return id;
        }
        return null;
    }
}
