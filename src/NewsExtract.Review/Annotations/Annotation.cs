namespace NewsExtract.Review.Annotations;

/// <summary>
/// One highlightable extraction of a record: a mention of an entity, an amount, a percentage, a date or an event's
/// sentence, with a stable <see cref="Key"/> (kind and original offsets) that decisions refer to, the
/// <see cref="Group"/> it belongs to (all mentions of one entity share one) and the attributes shown and edited.
/// </summary>
public sealed record Annotation
{
    public required string Key { get; init; }
    public required string Kind { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Text { get; init; }
    public required string Group { get; init; }
    /// <summary>The entity's name (persons, officials, organisations, locations).</summary>
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Country { get; init; }
    public string? Organization { get; init; }
    public decimal? Amount { get; init; }
    public decimal? AmountMax { get; init; }
    public string? Currency { get; init; }
    public string? Measure { get; init; }
    public string? Period { get; init; }
    public string? Change { get; init; }
    /// <summary>A percentage's value, with <see cref="Unit"/>.</summary>
    public decimal? Value { get; init; }
    public string? Unit { get; init; }
    /// <summary>A date's ISO value and the days it covers.</summary>
    public string? DateValue { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? EventType { get; init; }
    public IReadOnlyList<string> Participants { get; init; } = [];
    public string? Location { get; init; }
    public string? EventDate { get; init; }
    /// <summary>An event's status (occurred, planned, cancelled, background) when stated.</summary>
    public string? EventStatus { get; init; }
    /// <summary>An event participant's role (agent, counterpart …) by participant name, as the models gave it.</summary>
    public IReadOnlyDictionary<string, string> ParticipantRoles { get; init; } = new Dictionary<string, string>();
    /// <summary>The roles analysts set, by participant name; they win over <see cref="ParticipantRoles"/>.</summary>
    public IReadOnlyDictionary<string, string> ReviewedRoles { get; init; } = new Dictionary<string, string>();

    /// <summary>A participant's role as it stands: the analyst's, else the models', else null (not known).</summary>
    public string? RoleOf(string participant) =>
        ReviewedRoles.TryGetValue(participant, out var reviewed) ? reviewed
        : ParticipantRoles.TryGetValue(participant, out var extracted) ? extracted
        : null;
}
