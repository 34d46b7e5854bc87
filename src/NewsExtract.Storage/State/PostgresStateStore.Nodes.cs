namespace NewsExtract.Storage.State;

/// <summary>The PostgreSQL adapter's node registry (<see cref="INodeRegistry"/>): one row per node in <c>nodes</c>.</summary>
public sealed partial class PostgresStateStore
{
    // Used inside a claim's transaction too (a reclaim counts against the claiming node with its lease).
    private const string CountReclaimSql = """
        INSERT INTO nodes (node, last_seen, lease_reclaims) VALUES (@node, @now, 1)
        ON CONFLICT (node) DO UPDATE SET lease_reclaims = nodes.lease_reclaims + 1, last_seen = GREATEST(nodes.last_seen, @now)
        """;

    public void Heartbeat(string node, DateTimeOffset at) =>
        Execute("""
            INSERT INTO nodes (node, last_seen, lease_reclaims) VALUES (@node, @at, 0)
            ON CONFLICT (node) DO UPDATE SET last_seen = GREATEST(nodes.last_seen, @at)
            """, ("node", node), ("at", at.ToUniversalTime()));

    public IReadOnlyList<NodeState> Nodes() =>
        ReadAll("SELECT node, last_seen, lease_reclaims FROM nodes ORDER BY node",
            r => new NodeState(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1), r.GetInt64(2)));
}
