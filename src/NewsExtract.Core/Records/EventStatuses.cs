namespace NewsExtract.Core.Records;

/// <summary>
/// The record's vocabulary for an event's <c>status</c>: whether the article reports the event as having taken
/// place ("held"), as planned or scheduled, as earlier context, or as called off. Since schema version 3 the models
/// detect it (<c>statusSource</c> "model") and analysts may change it in review (<c>statusSource</c> "review"); in
/// version 2 only analysts set it, with the first three values.
/// </summary>
public static class EventStatuses
{
    /// <summary>Reported as having taken place or taking place ("met", "signed", "has been appointed"): the "held" status.</summary>
    public const string Occurred = "occurred";

    /// <summary>Announced, scheduled or planned ("will hold", "plans to invest", "is to open in 2026").</summary>
    public const string Planned = "planned";

    /// <summary>Reported as called off or suspended ("the visit was cancelled").</summary>
    public const string Cancelled = "cancelled";

    /// <summary>
    /// Mentioned as earlier context, not as the news of the report ("last year's agreement", "had signed", an event
    /// dated before the publication year). Schema version 3.
    /// </summary>
    public const string Background = "background";

    public static IReadOnlyList<string> All { get; } = [Occurred, Planned, Cancelled, Background];
}
