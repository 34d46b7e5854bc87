namespace NewsExtract.Ingestion.Http;

/// <summary>
/// A politeness gate shared beyond this process (cluster mode: the hosts' rows in the shared store): every request
/// attempt to a host — article, listing page, sitemap, feed, robots.txt, retry — waits for the host's turn here before
/// this node's own pacer (<see cref="HostThrottle"/>), and gives the turn back when the attempt is over. Absent for one
/// machine, where the node's pacer is the whole gate.
/// </summary>
public interface IHostRequestGate
{
    /// <summary>Completes when this node may send one request to <paramref name="url"/>'s host; dispose the result when the attempt is over.</summary>
    ValueTask<IDisposable> EnterAsync(Uri url, HostLimits limits, CancellationToken cancellationToken);
}
