namespace NewsExtract.Storage.State;

/// <summary>
/// Port: the nodes sharing the store. Each worker reports in periodically (<see cref="Heartbeat"/>); a claim that
/// reclaims an expired lease (<see cref="IHostWorkQueue.ClaimNext"/>) counts it against the claiming node in the same
/// transaction. Health reads them: nodes seen within a window are alive.
/// </summary>
public interface INodeRegistry
{
    /// <summary>Records that <paramref name="node"/> was alive at <paramref name="at"/> (never moves its time back).</summary>
    void Heartbeat(string node, DateTimeOffset at);

    /// <summary>Every node that ever reported in or reclaimed a lease, by name.</summary>
    IReadOnlyList<NodeState> Nodes();
}
