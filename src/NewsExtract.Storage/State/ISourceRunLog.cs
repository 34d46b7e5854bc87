namespace NewsExtract.Storage.State;

/// <summary>Port: each source's last discovery pass, and the counts a health check reads.</summary>
public interface ISourceRunLog
{
    /// <summary>Notes that a source's discovery pass started.</summary>
    void SourceRunStarted(string sourceName, DateTimeOffset now);

    /// <summary>Notes that a source's discovery pass finished, with the number of links found or its error.</summary>
    void SourceRunFinished(string sourceName, int discovered, string? error, DateTimeOffset now);

    /// <summary>Counts for health checks and operators.</summary>
    StateSummary Summary();
}
