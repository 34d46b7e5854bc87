namespace NewsExtract.Core.Documents;

/// <summary>
/// One participant of an event: the name as in <see cref="ArticleEvent.Participants"/>, what it names (an official,
/// or an entity label: <see cref="EntityLabels.Person"/>, <see cref="EntityLabels.Organization"/>, a place) so the
/// record can point at the right entity, and its role (one of <see cref="Records.EventRoles"/>).
/// </summary>
public sealed record EventParticipant(string Name, string Kind, string Role)
{
    /// <summary>The kind of a participant that is one of the document's officials.</summary>
    public const string OfficialKind = "OFFICIAL";
}
