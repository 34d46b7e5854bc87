namespace NewsExtract.Storage.State;

/// <summary>
/// The SQLite adapter's host turns (<see cref="IHostTurns"/>), on the same host rows as its claims: one machine owns
/// the file, so this keeps the contract rather than guarding other nodes.
/// </summary>
public sealed partial class SqliteStateStore
{
    public DateTimeOffset? TryTakeHost(string host, TimeSpan delay, TimeSpan hold, TimeSpan waiting, DateTimeOffset now, out DateTimeOffset dueAt)
    {
        lock (_lock)
        {
            var until = WholeMilliseconds(now + hold);
            using (var take = Command(
                """
                INSERT INTO hosts (host, next_fetch_at, delay_ms) VALUES ($host, $until, $delay)
                ON CONFLICT(host) DO UPDATE SET next_fetch_at = $until, turn_waited_until = NULL WHERE hosts.next_fetch_at <= $now
                """, ("$host", host), ("$until", Stamp(until)), ("$delay", (long)delay.TotalMilliseconds), ("$now", Stamp(now))))
            {
                if (take.ExecuteNonQuery() == 1)
                {
                    dueAt = until;
                    return until;
                }
            }
            using (var mark = Command(
                "UPDATE hosts SET turn_waited_until = MAX(COALESCE(turn_waited_until, $waited), $waited) WHERE host = $host",
                ("$host", host), ("$waited", Stamp(WholeMilliseconds(now + waiting)))))
                mark.ExecuteNonQuery();
            using var due = Command("SELECT next_fetch_at FROM hosts WHERE host = $host", ("$host", host));
            dueAt = due.ExecuteScalar() is string stamp
                ? DateTimeOffset.Parse(stamp, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind)
                : now;
            return null;
        }
    }

    public void HostReleased(string host, DateTimeOffset heldUntil, DateTimeOffset at) =>
        HostFetched(new UrlLease("", "", host, "", heldUntil, 0, false), at);
}
