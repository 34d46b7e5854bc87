using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsExtract.Core.Pipeline;

/// <summary>
/// CPU time used by the calling thread, in nanoseconds (Linux: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>).
/// Unlike wall-clock time it does not grow while the thread waits for a core, so shares measured with it hold on a
/// busy machine. Where the clock is unavailable it falls back to wall-clock time (<see cref="IsThreadCpu"/> false).
/// </summary>
public static partial class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsThreadCpu { get; } = Probe();

    public static long NowNanoseconds()
    {
        if (IsThreadCpu && ClockGetTime(ClockThreadCpuTimeId, out var ts) == 0) return ts.Seconds * 1_000_000_000L + ts.Nanoseconds;
        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try { return ClockGetTime(ClockThreadCpuTimeId, out _) == 0; }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}
