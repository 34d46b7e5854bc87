using Microsoft.ML.Data;

namespace NewsExtract.Extraction.Events;

/// <summary>The event model's output for one sentence: the calibrated probability of each event type.</summary>
public sealed class EventScores
{
    [ColumnName("P_Meeting")] public float Meeting { get; set; }
    [ColumnName("P_Visit")] public float Visit { get; set; }
    [ColumnName("P_Agreement")] public float Agreement { get; set; }
    [ColumnName("P_Conference")] public float Conference { get; set; }
    [ColumnName("P_Appointment")] public float Appointment { get; set; }
    [ColumnName("P_Investment")] public float Investment { get; set; }
    [ColumnName("P_Trade")] public float Trade { get; set; }
    [ColumnName("P_Project")] public float Project { get; set; }
    [ColumnName("P_Conflict")] public float Conflict { get; set; }
    [ColumnName("P_Legal")] public float Legal { get; set; }

    public float Of(string type) => type switch
    {
        "Meeting" => Meeting,
        "Visit" => Visit,
        "Agreement" => Agreement,
        "Conference" => Conference,
        "Appointment" => Appointment,
        "Investment" => Investment,
        "Trade" => Trade,
        "Project" => Project,
        "Conflict" => Conflict,
        "Legal" => Legal,
        _ => throw new ArgumentException($"Unknown event type '{type}'.", nameof(type)),
    };

    public void Set(string type, float probability)
    {
        switch (type)
        {
            case "Meeting": Meeting = probability; break;
            case "Visit": Visit = probability; break;
            case "Agreement": Agreement = probability; break;
            case "Conference": Conference = probability; break;
            case "Appointment": Appointment = probability; break;
            case "Investment": Investment = probability; break;
            case "Trade": Trade = probability; break;
            case "Project": Project = probability; break;
            case "Conflict": Conflict = probability; break;
            case "Legal": Legal = probability; break;
            default: throw new ArgumentException($"Unknown event type '{type}'.", nameof(type));
        }
    }
}
