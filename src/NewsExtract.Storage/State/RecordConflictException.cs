namespace NewsExtract.Storage.State;

/// <summary>A record with this (article id, revision) is already stored: another worker wrote it first. Nothing was committed.</summary>
public sealed class RecordConflictException(string id, int revision, Exception inner)
    : Exception($"a record for article {id} revision {revision} is already stored", inner)
{
    public string Id { get; } = id;

    public int Revision { get; } = revision;
}
