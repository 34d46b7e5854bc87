namespace NewsExtract.Extraction.Events;

/// <summary>The baseline: a sentence reports the types whose trigger words it contains.</summary>
public sealed class TriggerEventClassifier : IEventSentenceClassifier
{
    public string Version => "event-triggers-1";

    public IReadOnlyList<string> Classify(string sentence) => EventTriggerLexicon.TypesIn(sentence);
}
