namespace NewsExtract.Extraction.Events;

/// <summary>Says which event types a sentence reports (none, one or several).</summary>
public interface IEventSentenceClassifier
{
    /// <summary>A short name and version for the record's model list.</summary>
    string Version { get; }

    IReadOnlyList<string> Classify(string sentence);
}
