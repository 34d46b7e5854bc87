namespace NewsExtract.Storage.State;

/// <summary>The SQLite adapter's node registry (<see cref="INodeRegistry"/>): one row per node in <c>nodes</c> (one node in practice).</summary>
public sealed partial class SqliteStateStore
{
    // Used inside a claim's transaction too (a reclaim counts against the claiming node with its lease).
    private const string CountReclaimSql = """
        INSERT INTO nodes (node, last_seen, lease_reclaims) VALUES ($node, $now, 1)
        ON CONFLICT(node) DO UPDATE SET lease_reclaims = lease_reclaims + 1, last_seen = MAX(last_seen, $now)
        """;

    public void Heartbeat(string node, DateTimeOffset at)
    {
        lock (_lock)
        {
            using var command = Command(
                """
                INSERT INTO nodes (node, last_seen, lease_reclaims) VALUES ($node, $at, 0)
                ON CONFLICT(node) DO UPDATE SET last_seen = MAX(last_seen, $at)
                """, ("$node", node), ("$at", Stamp(at)));
            command.ExecuteNonQuery();
        }
    }

    public IReadOnlyList<NodeState> Nodes()
    {
        lock (_lock)
        {
            using var command = Command("SELECT node, last_seen, lease_reclaims FROM nodes ORDER BY node");
            using var reader = command.ExecuteReader();
            var nodes = new List<NodeState>();
            while (reader.Read()) nodes.Add(new NodeState(reader.GetString(0), ParseDate(reader.GetString(1)), reader.GetInt64(2)));
            return nodes;
        }
    }
}
