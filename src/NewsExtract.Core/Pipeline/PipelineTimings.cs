using System.Diagnostics;

namespace NewsExtract.Core.Pipeline;

/// <summary>
/// Time spent in each pipeline component, wall-clock and CPU (<see cref="ThreadCpuTime"/>), summed over every
/// document run with it (from any number of threads at once). Pass one to <see cref="ExtractionPipeline.Run(Articles.Article, PipelineTimings?, CancellationToken)"/>
/// to measure where extraction time goes.
/// </summary>
public sealed class PipelineTimings
{
    private readonly string[] _names;
    private readonly long[] _ticks;
    private readonly long[] _cpuNanoseconds;

    public PipelineTimings(IEnumerable<string> componentNames)
    {
        _names = [.. componentNames];
        _ticks = new long[_names.Length];
        _cpuNanoseconds = new long[_names.Length];
    }

    /// <summary>The component names, in pipeline order.</summary>
    public IReadOnlyList<string> Names => _names;

    public void Add(int component, long stopwatchTicks, long cpuNanoseconds)
    {
        Interlocked.Add(ref _ticks[component], stopwatchTicks);
        Interlocked.Add(ref _cpuNanoseconds[component], cpuNanoseconds);
    }

    /// <summary>Seconds spent in the component at <paramref name="component"/> (pipeline order).</summary>
    public double SecondsOf(int component) => Interlocked.Read(ref _ticks[component]) / (double)Stopwatch.Frequency;

    /// <summary>CPU seconds the component at <paramref name="component"/> used.</summary>
    public double CpuSecondsOf(int component) => Interlocked.Read(ref _cpuNanoseconds[component]) / 1e9;
}
