namespace NewsExtract.Core.Records;

/// <summary>
/// The public record: one per article (revision), one JSON object per line of the feed. Field names are
/// camelCase in JSON; <c>schema/article-record.v3.schema.json</c> is the contract. Every offset indexes into
/// <see cref="Text"/>. Array fields are never null.
/// </summary>
public sealed record ArticleRecord
{
    public const int CurrentSchemaVersion = 3;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string Id { get; init; }
    /// <summary>1 for the first version of an article; a changed article is emitted again with the next revision.</summary>
    public int Revision { get; init; } = 1;
    public required SourceRecord Source { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public required DateTimeOffset ExtractedAt { get; init; }
    public string? Language { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<EntityRecord> Persons { get; init; } = [];
    public IReadOnlyList<OfficialRecord> Officials { get; init; } = [];
    public IReadOnlyList<EntityRecord> Organizations { get; init; } = [];
    public IReadOnlyList<EntityRecord> Locations { get; init; } = [];
    public IReadOnlyList<MoneyRecord> Money { get; init; } = [];
    public IReadOnlyList<PercentageRecord> Percentages { get; init; } = [];
    public IReadOnlyList<DateRecord> Dates { get; init; } = [];
    public IReadOnlyList<EventRecord> Events { get; init; } = [];
    /// <summary>The models (and rule sets) used, by pipeline component name, with their versions.</summary>
    public IReadOnlyDictionary<string, string> Model { get; init; } = new Dictionary<string, string>();
    /// <summary>Set only on a revision analysts reviewed and published to the feed; left out of the JSON otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ReviewRecord? Review { get; init; }
}
