using System.Diagnostics;

namespace NewsExtract.Core.Pipeline;

/// <summary>
/// Time spent in each pipeline component, summed over every document run with it (from any number of threads at
/// once). Pass one to <see cref="ExtractionPipeline.Run(Articles.Article, PipelineTimings?, CancellationToken)"/>
/// to measure where extraction time goes.
/// </summary>
public sealed class PipelineTimings
{
    private readonly string[] _names;
    private readonly long[] _ticks;

    public PipelineTimings(IEnumerable<string> componentNames)
    {
        _names = [.. componentNames];
        _ticks = new long[_names.Length];
    }

    /// <summary>The component names, in pipeline order.</summary>
    public IReadOnlyList<string> Names => _names;

    public void Add(int component, long stopwatchTicks) => Interlocked.Add(ref _ticks[component], stopwatchTicks);

    /// <summary>Seconds spent in the component at <paramref name="component"/> (pipeline order).</summary>
    public double SecondsOf(int component) => Interlocked.Read(ref _ticks[component]) / (double)Stopwatch.Frequency;

    public double TotalSeconds => Enumerable.Range(0, _names.Length).Sum(SecondsOf);
}
