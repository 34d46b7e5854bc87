namespace NewsExtract.Core.Records;

/// <summary>
/// The record's vocabulary for a participant's role in an event (schema version 3, <c>events[].participantRefs[].role</c>),
/// read from where the sentence puts the participant relative to the event's trigger.
/// </summary>
public static class EventRoles
{
    /// <summary>Does the act: the subject of an active trigger ("X met …", "X signed …", "X visited …"), the "by X" of a passive one, the first of "between X and Y".</summary>
    public const string Agent = "agent";

    /// <summary>The other side of talks, a deal or trade: the object of "met", "with X", the second of "between X and Y".</summary>
    public const string Counterpart = "counterpart";

    /// <summary>Receives the visit or hosts the gathering: "hosted by X", "at the invitation of X", "X received …", the object of "visited".</summary>
    public const string Host = "host";

    /// <summary>What the act is done to: attacked, sanctioned, charged, sentenced, appointed or dismissed ("against X", "X was appointed").</summary>
    public const string Target = "target";

    /// <summary>Receives money, a loan or a grant: "to X", "for X" of an investment, the object of "finance".</summary>
    public const string Beneficiary = "beneficiary";

    /// <summary>Named in the sentence with no role the grammar tells.</summary>
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Agent, Counterpart, Host, Target, Beneficiary, Other];
}
