namespace NewsExtract.Storage.Review;

/// <summary>
/// One analyst decision about one extraction of one record revision. <see cref="Target"/> names the extraction
/// (its key in the record, e.g. <c>person:10-22</c>, or <c>added:organization:40-52</c> for one the analyst added).
/// A correction carries only the fields it changes; the others are null.
/// </summary>
public sealed record ReviewDecision
{
    public long Sequence { get; init; }
    public required string RecordId { get; init; }
    public required int Revision { get; init; }
    public required string Target { get; init; }
    public required string Action { get; init; }
    /// <summary>The new kind of a mention (person, official, organization, location, money) or an event's new type.</summary>
    public string? Type { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
    public string? Title { get; init; }
    public string? Country { get; init; }
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }
    public string? Measure { get; init; }
    public string? Period { get; init; }
    /// <summary>An official's organisation.</summary>
    public string? Organization { get; init; }
    /// <summary>The upper end of a money range ("$5-7 million").</summary>
    public decimal? AmountMax { get; init; }
    /// <summary>A money figure's change: increase or decrease (the record's vocabulary); empty clears it.</summary>
    public string? Change { get; init; }
    /// <summary>The event type of an added event (an event's correction carries its new type in <see cref="Type"/>).</summary>
    public string? EventType { get; init; }
    /// <summary>An event's status: occurred, planned or cancelled (the record's vocabulary); empty clears it.</summary>
    public string? EventStatus { get; init; }
    /// <summary>An event's participants (names), replacing the extracted list.</summary>
    public IReadOnlyList<string>? Participants { get; init; }
    /// <summary>An event participant's role set by the analyst, by participant name (one of the record's event roles).</summary>
    public IReadOnlyDictionary<string, string>? Roles { get; init; }
    /// <summary>An event's place.</summary>
    public string? Location { get; init; }
    /// <summary>An event's date (ISO 8601 at the precision known) or a date's value.</summary>
    public string? When { get; init; }
    /// <summary>A percentage's value.</summary>
    public decimal? Value { get; init; }
    /// <summary>A percentage's unit: percent or percentagePoints.</summary>
    public string? Unit { get; init; }
    /// <summary>
    /// A first reviewer's decision made to settle a disagreement with a second reviewer (kept or changed): it settles
    /// that extraction's disagreement, and the agreement figure leaves it out, so it measures the independent opinions.
    /// </summary>
    public bool Settles { get; init; }
    public required string Reviewer { get; init; }
    public DateTimeOffset DecidedAt { get; init; }
    /// <summary>Decisions made by one action (accept a whole entity, the rest of a type) share a batch; undo takes back the batch.</summary>
    public long? Batch { get; init; }
    /// <summary>When the decision was undone; null while in force. Undone decisions stay in the history.</summary>
    public DateTimeOffset? UndoneAt { get; init; }
}
