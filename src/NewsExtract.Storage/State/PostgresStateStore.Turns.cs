namespace NewsExtract.Storage.State;

/// <summary>
/// The PostgreSQL adapter's host turns (<see cref="IHostTurns"/>): one statement takes a due host row, or adds it held,
/// so two nodes asking at once cannot both take it; a request that must wait marks the row
/// (<c>hosts.turn_waited_until</c>) so claims leave the host's next turn to it; times are the server's.
/// </summary>
public sealed partial class PostgresStateStore
{
    public DateTimeOffset? TryTakeHost(string host, TimeSpan delay, TimeSpan hold, TimeSpan waiting, DateTimeOffset now, out DateTimeOffset dueAt)
    {
        var at = now.ToUniversalTime();
        var until = SqliteStateStore.WholeMilliseconds(at + hold);
        var taken = ReadOne(
            """
            INSERT INTO hosts (host, next_fetch_at, delay_ms) VALUES (@host, @until, @delay)
            ON CONFLICT (host) DO UPDATE SET next_fetch_at = @until, turn_waited_until = NULL WHERE hosts.next_fetch_at <= @now
            RETURNING next_fetch_at
            """, r => (DateTimeOffset?)r.GetFieldValue<DateTimeOffset>(0),
            ("host", host), ("until", until), ("delay", (long)delay.TotalMilliseconds), ("now", at));
        dueAt = taken is null
            ? ReadOne(
                """
                UPDATE hosts SET turn_waited_until = GREATEST(COALESCE(turn_waited_until, @waited), @waited)
                WHERE host = @host RETURNING next_fetch_at
                """, r => (DateTimeOffset?)r.GetFieldValue<DateTimeOffset>(0),
                ("host", host), ("waited", SqliteStateStore.WholeMilliseconds(at + waiting))) ?? at
            : until;
        return taken;
    }

    public void HostReleased(string host, DateTimeOffset heldUntil, DateTimeOffset at) =>
        Execute("""
            UPDATE hosts SET next_fetch_at = @at + delay_ms * interval '1 millisecond'
            WHERE host = @host AND next_fetch_at = @until
            """, ("host", host), ("at", at.ToUniversalTime()), ("until", heldUntil.ToUniversalTime()));
}
