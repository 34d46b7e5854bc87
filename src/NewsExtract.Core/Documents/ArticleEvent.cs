namespace NewsExtract.Core.Documents;

/// <summary>
/// An event the article reports: its type, who took part (by name, and with their roles in <see cref="Roles"/>), where
/// and when, the sentence that says so, the trigger words it was recognised by (null when the classifier judged the
/// sentence as a whole) and the status the text gives it (one of <see cref="Records.EventStatuses"/>; null when not
/// detected).
/// </summary>
public sealed record ArticleEvent(
    string Type,
    IReadOnlyList<string> Participants,
    string? Location,
    string? Date,
    Mention Sentence)
{
    public Mention? Trigger { get; init; }

    public string? Status { get; init; }

    /// <summary>The participants with the kind of entity each names and the role the sentence gives it, in <see cref="Participants"/> order.</summary>
    public IReadOnlyList<EventParticipant> Roles { get; init; } = [];
}
