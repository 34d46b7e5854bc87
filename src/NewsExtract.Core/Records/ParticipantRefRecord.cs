namespace NewsExtract.Core.Records;

/// <summary>
/// An event participant as a reference to one of the record's entities (schema version 3): the entity's
/// <see cref="EntityId"/> (a person "per…", official "off…", organisation "org…" or location "loc…"), the name as
/// in the event's <c>participants</c>, and its <see cref="Role"/> (one of <see cref="EventRoles"/>).
/// </summary>
public sealed record ParticipantRefRecord(string EntityId, string Name, string Role);
