using System.Diagnostics;

namespace NewsExtract.Worker.Benchmarks;

/// <summary>
/// The largest working set of this process while a piece of work runs, read every 20 ms on a thread of its own
/// (<see cref="Process.PeakWorkingSet64"/> never goes down, so it cannot tell one run's peak from an earlier one's).
/// </summary>
public sealed class WorkingSetSampler : IDisposable
{
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _stop = new(false);
    private long _peak;

    private WorkingSetSampler()
    {
        _peak = Current();
        _thread = new Thread(Sample) { IsBackground = true, Name = "working-set sampler" };
        _thread.Start();
    }

    public static WorkingSetSampler Start() => new();

    /// <summary>Stops sampling and returns the peak seen, in bytes (one last reading included).</summary>
    public long Stop()
    {
        if (!_stop.IsSet)
        {
            _stop.Set();
            _thread.Join();
            Observe(Current());
        }
        return Interlocked.Read(ref _peak);
    }

    public void Dispose()
    {
        Stop();
        _stop.Dispose();
    }

    private void Sample()
    {
        while (!_stop.Wait(20)) Observe(Current());
    }

    private void Observe(long bytes)
    {
        long seen = Interlocked.Read(ref _peak);
        while (bytes > seen)
        {
            long was = Interlocked.CompareExchange(ref _peak, bytes, seen);
            if (was == seen) break;
            seen = was;
        }
    }

    private static long Current()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
