namespace NewsExtract.Core.Records;

/// <summary>
/// The record's vocabulary for an event's <c>status</c> (schema version 2, optional): whether the article reports the
/// event as having taken place, as planned or scheduled, or as called off. Set by analysts in review; the models leave
/// it out.
/// </summary>
public static class EventStatuses
{
    /// <summary>Reported as having taken place or taking place ("met", "signed", "has been appointed").</summary>
    public const string Occurred = "occurred";

    /// <summary>Announced, scheduled or planned ("will hold", "plans to invest", "is to open in 2026").</summary>
    public const string Planned = "planned";

    /// <summary>Reported as called off or suspended ("the visit was cancelled").</summary>
    public const string Cancelled = "cancelled";

    public static IReadOnlyList<string> All { get; } = [Occurred, Planned, Cancelled];
}
