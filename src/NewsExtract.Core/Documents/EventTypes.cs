namespace NewsExtract.Core.Documents;

/// <summary>The event types of the public record.</summary>
public static class EventTypes
{
    public const string Meeting = "Meeting";
    public const string Visit = "Visit";
    public const string Agreement = "Agreement";
    public const string Conference = "Conference";
    public const string Appointment = "Appointment";
    public const string Investment = "Investment";
    public const string Trade = "Trade";
    public const string Project = "Project";
    public const string Conflict = "Conflict";
    public const string Legal = "Legal";

    public static readonly IReadOnlyList<string> All =
        [Meeting, Visit, Agreement, Conference, Appointment, Investment, Trade, Project, Conflict, Legal];
}
