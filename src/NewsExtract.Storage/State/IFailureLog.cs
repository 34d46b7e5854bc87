namespace NewsExtract.Storage.State;

/// <summary>Port: inputs that failed, why, how often, and whether they are parked (dropped until their source lists them as changed).</summary>
public interface IFailureLog
{
    /// <summary>Remembers that an input failed, and why, for operators (and so it can be told apart from never seen).</summary>
    void RecordFailure(string sourceName, string input, string reason, DateTimeOffset now);

    /// <summary>Forgets an input's earlier failure once it was processed.</summary>
    void ClearFailure(string sourceName, string input);

    /// <summary>Whether a URL is parked and should not be queued again: true unless the source now dates it after the failure.</summary>
    bool IsDropped(string sourceName, string url, DateTimeOffset? listedAt);

    /// <summary>Every recorded failure, by source and input.</summary>
    IReadOnlyList<FailedInput> Failures();
}
