using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsExtract.Storage.State;

/// <summary>
/// The SQLite adapter's claiming (<see cref="IHostWorkQueue"/>) and leadership (<see cref="ILeadership"/>). One
/// process owns the database, so a claim (host busy until the lease ends or <see cref="HostFetched"/>) is one
/// transaction on its connection; leadership is an exclusive lock on a
/// file beside the database, which the operating system drops with the process that held it.
/// </summary>
public sealed partial class SqliteStateStore
{
    // One machine owns the file: its clock is the queue's.
    public DateTimeOffset Now() => DateTimeOffset.UtcNow;

    public void SetHostDelay(string host, TimeSpan delay)
    {
        lock (_lock)
        {
            using var command = Command(
                """
                INSERT INTO hosts (host, next_fetch_at, delay_ms) VALUES ($host, $epoch, $delay)
                ON CONFLICT(host) DO UPDATE SET delay_ms = $delay
                """, ("$host", host), ("$epoch", Stamp(DateTimeOffset.UnixEpoch)), ("$delay", (long)delay.TotalMilliseconds));
            command.ExecuteNonQuery();
        }
    }

    public UrlLease? ClaimNext(string node, TimeSpan lease, DateTimeOffset now)
    {
        lock (_lock)
        {
            var at = Stamp(now);
            using var transaction = _connection.BeginTransaction();
            string host;
            using (var due = Command(
                """
                SELECT h.host FROM hosts h
                WHERE h.next_fetch_at <= $now
                  AND (h.turn_waited_until IS NULL OR h.turn_waited_until <= $now)
                  AND EXISTS (SELECT 1 FROM frontier f WHERE f.host = h.host AND (f.lease_until IS NULL OR f.lease_until <= $now))
                ORDER BY h.next_fetch_at, h.host LIMIT 1
                """, ("$now", at)))
            {
                due.Transaction = transaction;
                using var reader = due.ExecuteReader();
                if (!reader.Read()) return null;
                host = reader.GetString(0);
            }
            string url, source;
            int attempts;
            bool reclaimed;
            using (var pick = Command(
                """
                SELECT url, source, attempts, lease_until FROM frontier
                WHERE host = $host AND (lease_until IS NULL OR lease_until <= $now)
                ORDER BY attempts, discovered_at, url LIMIT 1
                """, ("$host", host), ("$now", at)))
            {
                pick.Transaction = transaction;
                using var reader = pick.ExecuteReader();
                reader.Read();
                url = reader.GetString(0);
                source = reader.GetString(1);
                attempts = reader.GetInt32(2);
                reclaimed = !reader.IsDBNull(3);
            }
            var until = WholeMilliseconds(now + lease);
            using (var take = Command("UPDATE frontier SET leased_by = $node, lease_until = $until WHERE url = $url",
                ("$node", node), ("$until", Stamp(until)), ("$url", url)))
            {
                take.Transaction = transaction;
                take.ExecuteNonQuery();
            }
            using (var push = Command("UPDATE hosts SET next_fetch_at = $until WHERE host = $host", ("$until", Stamp(until)), ("$host", host)))
            {
                push.Transaction = transaction;
                push.ExecuteNonQuery();
            }
            if (reclaimed)
            {
                using var count = Command(CountReclaimSql, ("$node", node), ("$now", at));
                count.Transaction = transaction;
                count.ExecuteNonQuery();
            }
            transaction.Commit();
            return new UrlLease(url, source, host, node, until, attempts, reclaimed);
        }
    }

    public void HostFetched(UrlLease lease, DateTimeOffset at)
    {
        lock (_lock)
        {
            long delayMs;
            using (var delay = Command("SELECT delay_ms FROM hosts WHERE host = $host", ("$host", lease.Host)))
            {
                if (delay.ExecuteScalar() is not long ms) return;
                delayMs = ms;
            }
            using var free = Command("UPDATE hosts SET next_fetch_at = $next WHERE host = $host AND next_fetch_at = $until",
                ("$host", lease.Host), ("$next", Stamp(at + TimeSpan.FromMilliseconds(delayMs))), ("$until", Stamp(lease.Until)));
            free.ExecuteNonQuery();
        }
    }

    public int RenewLeases(string node, IReadOnlyCollection<string> urls, TimeSpan lease, DateTimeOffset now)
    {
        lock (_lock)
        {
            var until = Stamp(WholeMilliseconds(now + lease));
            using var transaction = _connection.BeginTransaction();
            var renewed = 0;
            foreach (var url in urls)
            {
                using var command = Command("UPDATE frontier SET lease_until = $until WHERE leased_by = $node AND url = $url",
                    ("$until", until), ("$node", node), ("$url", url));
                command.Transaction = transaction;
                renewed += command.ExecuteNonQuery();
            }
            transaction.Commit();
            return renewed;
        }
    }

    public void ReleaseLease(string url)
    {
        lock (_lock)
        {
            using var command = Command("UPDATE frontier SET leased_by = NULL, lease_until = NULL WHERE url = $url", ("$url", url));
            command.ExecuteNonQuery();
        }
    }

    public void PauseHost(string host, DateTimeOffset until)
    {
        lock (_lock)
        {
            using var command = Command("UPDATE hosts SET next_fetch_at = MAX(next_fetch_at, $until) WHERE host = $host",
                ("$host", host), ("$until", Stamp(until)));
            command.ExecuteNonQuery();
        }
    }

    public IReadOnlyList<HostQueueState> QueueByHost(DateTimeOffset now)
    {
        lock (_lock)
        {
            using var command = Command(
                """
                SELECT h.host, COUNT(*), SUM(CASE WHEN f.lease_until > $now THEN 1 ELSE 0 END), h.next_fetch_at, MIN(f.discovered_at)
                FROM frontier f JOIN hosts h ON h.host = f.host GROUP BY h.host, h.next_fetch_at ORDER BY h.host
                """, ("$now", Stamp(now)));
            using var reader = command.ExecuteReader();
            var hosts = new List<HostQueueState>();
            while (reader.Read())
                hosts.Add(new HostQueueState(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2),
                    DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture), DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)));
            return hosts;
        }
    }

    public DateTimeOffset? NextDueAt(DateTimeOffset now)
    {
        lock (_lock)
        {
            using var command = Command(
                "SELECT MIN(MAX(h.next_fetch_at, COALESCE(h.turn_waited_until, ''), COALESCE(f.lease_until, ''))) FROM frontier f JOIN hosts h ON h.host = f.host");
            return command.ExecuteScalar() is string due ? DateTimeOffset.Parse(due, CultureInfo.InvariantCulture) : null;
        }
    }

    public ILeadershipLease? TryAcquire(string role)
    {
        var path = $"{_databasePath}.{role}.lock";
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock) on Unix; it goes with the process that held it.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new FileLeadershipLease(role, stream);
        }
        catch (IOException)
        {
            return null;
        }
    }

    // Leases end on whole milliseconds, so the expiry stored on the host row compares equal to the lease's in any engine.
    internal static DateTimeOffset WholeMilliseconds(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    // Every stored time is UTC in round-trip form, so text order is time order.
    private static string Stamp(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
