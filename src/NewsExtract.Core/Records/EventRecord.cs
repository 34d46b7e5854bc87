using System.Text.Json.Serialization;

namespace NewsExtract.Core.Records;

/// <summary>
/// An event: its type, participants by name, place, date (ISO 8601 when resolved) and the sentence reporting it.
/// Schema version 3 adds its <see cref="Id"/> in the record, the <see cref="Trigger"/> words it was recognised by,
/// its <see cref="Status"/> with <see cref="StatusSource"/>, and the participants as references to the record's
/// entities with their roles (<see cref="ParticipantRefs"/>). In version 2 only analysts set the status.
/// </summary>
public sealed record EventRecord(
    string Type,
    IReadOnlyList<string> Participants,
    string? Location,
    string? Date,
    MentionRecord Sentence)
{
    /// <summary>"e1", "e2" … in the record's event order (version 3; absent on older records).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    /// <summary>The trigger words in the text (version 3); null when the classifier judged the sentence as a whole.</summary>
    public MentionRecord? Trigger { get; init; }

    /// <summary>One of <see cref="EventStatuses"/>; null when not stated (version 3 writes the null, version 2 left the field out).</summary>
    public string? Status { get; init; }

    /// <summary>Who set <see cref="Status"/>: one of <see cref="StatusSources"/> (version 3).</summary>
    public string? StatusSource { get; init; }

    /// <summary>Each participant that is one of the record's entities, by entity id, with its role (version 3); empty on older lines.</summary>
    public IReadOnlyList<ParticipantRefRecord> ParticipantRefs
    {
        get => _participantRefs;
        // a line written before version 3 has no such field, and the deserializer passes null for it
        init => _participantRefs = value ?? [];
    }

    private readonly IReadOnlyList<ParticipantRefRecord> _participantRefs = [];
}
