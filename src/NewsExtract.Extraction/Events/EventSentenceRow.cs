using Microsoft.ML.Data;

namespace NewsExtract.Extraction.Events;

/// <summary>One sentence as the event model sees it: its feature text, a label per event type (training only) and a weight.</summary>
public sealed class EventSentenceRow
{
    public string Text { get; set; } = "";
    public bool Meeting { get; set; }
    public bool Visit { get; set; }
    public bool Agreement { get; set; }
    public bool Conference { get; set; }
    public bool Appointment { get; set; }
    public bool Investment { get; set; }
    public bool Trade { get; set; }
    public bool Project { get; set; }
    public bool Conflict { get; set; }
    public bool Legal { get; set; }
    public float Weight { get; set; } = 1f;

    public static EventSentenceRow Create(string featureText, IReadOnlyCollection<string> types, float weight)
    {
        var row = new EventSentenceRow { Text = featureText, Weight = weight };
        foreach (var type in types) row.Set(type, true);
        return row;
    }

    public bool Get(string type) => type switch
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

    public void Set(string type, bool value)
    {
        switch (type)
        {
            case "Meeting": Meeting = value; break;
            case "Visit": Visit = value; break;
            case "Agreement": Agreement = value; break;
            case "Conference": Conference = value; break;
            case "Appointment": Appointment = value; break;
            case "Investment": Investment = value; break;
            case "Trade": Trade = value; break;
            case "Project": Project = value; break;
            case "Conflict": Conflict = value; break;
            case "Legal": Legal = value; break;
            default: throw new ArgumentException($"Unknown event type '{type}'.", nameof(type));
        }
    }
}
