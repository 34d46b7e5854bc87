using Npgsql;

namespace NewsExtract.Storage.State;

/// <summary>
/// The PostgreSQL adapter's claiming (<see cref="IHostWorkQueue"/>) and leadership (<see cref="ILeadership"/>). A
/// claim locks one due host row with <c>FOR UPDATE SKIP LOCKED</c> (nodes claiming at once take different hosts and
/// never wait on each other), leases one of its URLs and keeps the host busy until the lease ends (or its request is
/// done, <see cref="HostFetched"/>), in one transaction. Times are the server's (<see cref="Now"/>). A role is a session advisory lock held on a connection of its own.
/// </summary>
public sealed partial class PostgresStateStore
{
    // The database server's clock: every node reads lease and host times from it, whatever its own clock says.
    public DateTimeOffset Now() =>
        ReadOne("SELECT clock_timestamp()", r => r.GetFieldValue<DateTimeOffset>(0));

    public void SetHostDelay(string host, TimeSpan delay) =>
        Execute("""
            INSERT INTO hosts (host, next_fetch_at, delay_ms) VALUES (@host, 'epoch', @delay)
            ON CONFLICT (host) DO UPDATE SET delay_ms = @delay
            """, ("host", host), ("delay", (long)delay.TotalMilliseconds));

    public UrlLease? ClaimNext(string node, TimeSpan lease, DateTimeOffset now)
    {
        UrlLease? claimed = null;
        var at = now.ToUniversalTime();
        InTransaction((connection, transaction) =>
        {
            string host;
            using (var due = Command(connection, transaction,
                """
                SELECT h.host FROM hosts h
                WHERE h.next_fetch_at <= @now
                  AND (h.turn_waited_until IS NULL OR h.turn_waited_until <= @now)
                  AND EXISTS (SELECT 1 FROM frontier f WHERE f.host = h.host AND (f.lease_until IS NULL OR f.lease_until <= @now))
                ORDER BY h.next_fetch_at, h.host
                LIMIT 1
                FOR UPDATE OF h SKIP LOCKED
                """, ("now", at)))
            using (var reader = due.ExecuteReader())
            {
                if (!reader.Read()) return;
                host = reader.GetString(0);
            }
            string url, source;
            int attempts;
            bool reclaimed;
            using (var pick = Command(connection, transaction,
                """
                SELECT url, source, attempts, lease_until FROM frontier
                WHERE host = @host AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY attempts, discovered_at, url
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """, ("host", host), ("now", at)))
            using (var reader = pick.ExecuteReader())
            {
                if (!reader.Read()) return;
                url = reader.GetString(0);
                source = reader.GetString(1);
                attempts = reader.GetInt32(2);
                reclaimed = !reader.IsDBNull(3);
            }
            var until = SqliteStateStore.WholeMilliseconds(at + lease);
            using (var take = Command(connection, transaction, "UPDATE frontier SET leased_by = @node, lease_until = @until WHERE url = @url",
                ("node", node), ("until", until), ("url", url)))
                take.ExecuteNonQuery();
            using (var push = Command(connection, transaction, "UPDATE hosts SET next_fetch_at = @until WHERE host = @host",
                ("until", until), ("host", host)))
                push.ExecuteNonQuery();
            if (reclaimed)
            {
                using var count = Command(connection, transaction, CountReclaimSql, ("node", node), ("now", at));
                count.ExecuteNonQuery();
            }
            claimed = new UrlLease(url, source, host, node, until, attempts, reclaimed);
        });
        return claimed;
    }

    public void HostFetched(UrlLease lease, DateTimeOffset at) =>
        Execute("""
            UPDATE hosts SET next_fetch_at = @at + delay_ms * interval '1 millisecond'
            WHERE host = @host AND next_fetch_at = @until
            """, ("host", lease.Host), ("at", at.ToUniversalTime()), ("until", lease.Until.ToUniversalTime()));

    public int RenewLeases(string node, IReadOnlyCollection<string> urls, TimeSpan lease, DateTimeOffset now)
    {
        if (urls.Count == 0) return 0;
        using var connection = _dataSource.OpenConnection();
        using var command = Command(connection, null,
            "UPDATE frontier SET lease_until = @until WHERE leased_by = @node AND url = ANY(@urls)",
            ("until", SqliteStateStore.WholeMilliseconds(now.ToUniversalTime() + lease)), ("node", node), ("urls", urls.ToArray()));
        return command.ExecuteNonQuery();
    }

    public void ReleaseLease(string url) =>
        Execute("UPDATE frontier SET leased_by = NULL, lease_until = NULL WHERE url = @url", ("url", url));

    public void PauseHost(string host, DateTimeOffset until) =>
        Execute("UPDATE hosts SET next_fetch_at = GREATEST(next_fetch_at, @until) WHERE host = @host", ("host", host), ("until", until.ToUniversalTime()));

    public IReadOnlyList<HostQueueState> QueueByHost(DateTimeOffset now) =>
        ReadAll("""
            SELECT h.host, COUNT(*), COUNT(*) FILTER (WHERE f.lease_until > @now), h.next_fetch_at, MIN(f.discovered_at)
            FROM frontier f JOIN hosts h ON h.host = f.host GROUP BY h.host, h.next_fetch_at ORDER BY h.host
            """, r => new HostQueueState(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetFieldValue<DateTimeOffset>(3), r.GetFieldValue<DateTimeOffset>(4)),
            ("now", now.ToUniversalTime()));

    public DateTimeOffset? NextDueAt(DateTimeOffset now) =>
        ReadOne("""
            SELECT MIN(GREATEST(h.next_fetch_at, COALESCE(h.turn_waited_until, 'epoch'), COALESCE(f.lease_until, 'epoch'))) FROM frontier f JOIN hosts h ON h.host = f.host
            """, r => r.IsDBNull(0) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(0));

    public ILeadershipLease? TryAcquire(string role)
    {
        // A connection of its own, never pooled: a pooled one would keep the lock after it is given back.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false }.ConnectionString);
        try
        {
            connection.Open();
            using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@class, hashtext(@role))", connection);
            command.Parameters.AddWithValue("class", PostgresSchema.LockClass);
            command.Parameters.AddWithValue("role", role);
            if ((bool)command.ExecuteScalar()!) return new AdvisoryLockLease(role, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        connection.Dispose();
        return null;
    }
}
