namespace NewsExtract.Worker.Processing;

/// <summary>What processing one article did: a new record, a new revision of a changed article, or nothing.</summary>
public enum ProcessingOutcome
{
    New,
    Revised,
    Unchanged,
}
