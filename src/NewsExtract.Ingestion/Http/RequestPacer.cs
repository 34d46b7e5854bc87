namespace NewsExtract.Ingestion.Http;

/// <summary>
/// Spaces the requests to one host: a request is let through only when at least one period has passed since the
/// previous one was let through, measured at that moment, not when it was queued. However late timers fire, two
/// requests are never let through closer than the period, so no one-second window holds more than rate + 1 of them.
/// Waiters go in arrival order. A new pacer counts as having just let one through, so a new pass (a new process)
/// cannot add a burst to the last second of the pass before it.
/// </summary>
public sealed class RequestPacer : IDisposable
{
    private readonly TimeSpan _period;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _lastStart;

    public RequestPacer(TimeSpan period, TimeProvider time)
    {
        _period = period;
        _time = time;
        _lastStart = time.GetTimestamp();
    }

    /// <summary>Completes when this request may start.</summary>
    public async ValueTask WaitTurnAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var wait = _period - _time.GetElapsedTime(_lastStart); wait > TimeSpan.Zero; wait = _period - _time.GetElapsedTime(_lastStart))
                await Task.Delay(wait, _time, cancellationToken);
            _lastStart = _time.GetTimestamp();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
