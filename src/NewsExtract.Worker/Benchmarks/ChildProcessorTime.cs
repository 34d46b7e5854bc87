using System.Runtime.InteropServices;

namespace NewsExtract.Worker.Benchmarks;

/// <summary>
/// The processor time (user + system) of this process's child processes that have exited and been waited for
/// (<c>getrusage(RUSAGE_CHILDREN)</c>): read before and after a run of worker processes, the difference is what they
/// used. Linux only; elsewhere it reads zero.
/// </summary>
public static class ChildProcessorTime
{
    private const int RusageChildren = -1;

    public static TimeSpan Read()
    {
        if (!OperatingSystem.IsLinux()) return TimeSpan.Zero;
        // struct rusage on 64-bit Linux: ru_utime and ru_stime (timeval: seconds, microseconds), then 14 longs.
        var usage = new long[18];
        if (GetResourceUsage(RusageChildren, usage) != 0) return TimeSpan.Zero;
        return TimeSpan.FromSeconds(usage[0] + usage[2]) + TimeSpan.FromMicroseconds(usage[1] + usage[3]);
    }

    // DllImport, not LibraryImport: a long[] is blittable, and the worker is not compiled with unsafe code.
    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, [Out] long[] usage);
}
