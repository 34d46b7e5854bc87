namespace NewsExtract.Storage.State;

/// <summary>
/// Port: a host's turn for one request made outside a claim — a source's own documents (listing page, sitemap, feed)
/// and robots.txt — on the same politeness row as claimed article fetches (<see cref="IHostWorkQueue"/>), so a host
/// never sees two requests from the cluster closer than its delay, whichever kind they are. Times are the queue's
/// clock (<see cref="IHostWorkQueue.Now"/>).
/// </summary>
public interface IHostTurns
{
    /// <summary>
    /// When the host's next allowed fetch time has come, holds it (as a claim does) until now + <paramref name="hold"/>
    /// (whole milliseconds), clears any waiting request's mark and returns the hold's end; a host not known yet is added
    /// with <paramref name="delay"/>. Otherwise returns null and, in <paramref name="dueAt"/>, when the host is due
    /// (another node holds it, its delay has not passed, or it is paused), and marks the host's turn as waited for until
    /// now + <paramref name="waiting"/>: while the mark lasts, claims (<see cref="IHostWorkQueue.ClaimNext"/>) pass the
    /// host over, so a waiting request gets the host's next turn instead of losing it to claims again and again.
    /// </summary>
    DateTimeOffset? TryTakeHost(string host, TimeSpan delay, TimeSpan hold, TimeSpan waiting, DateTimeOffset now, out DateTimeOffset dueAt);

    /// <summary>
    /// The request made in a hold ending at <paramref name="heldUntil"/> is over at <paramref name="at"/>: the host is
    /// due again after its delay. Does nothing when the host was taken again or paused meanwhile (its row moved on).
    /// </summary>
    void HostReleased(string host, DateTimeOffset heldUntil, DateTimeOffset at);
}
