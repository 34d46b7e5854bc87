using System.Diagnostics;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;

namespace NewsExtract.Core.Pipeline;

/// <summary>An ordered list of components run over one document.</summary>
public sealed class ExtractionPipeline
{
    private readonly IPipelineComponent[] _components;

    public ExtractionPipeline(IEnumerable<IPipelineComponent> components)
    {
        _components = [.. components];
        var duplicate = _components.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Two pipeline components are named '{duplicate.Key}'.", nameof(components));
    }

    public IReadOnlyList<IPipelineComponent> Components => _components;

    public Document Run(Article article, CancellationToken cancellationToken = default) => Run(article, null, cancellationToken);

    /// <summary>Runs every component over the article, adding each one's time to <paramref name="timings"/> when given.</summary>
    public Document Run(Article article, PipelineTimings? timings, CancellationToken cancellationToken = default)
    {
        var document = new Document(article);
        for (int i = 0; i < _components.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (timings is null)
            {
                _components[i].Process(document, cancellationToken);
                continue;
            }
            long started = Stopwatch.GetTimestamp(), cpuStarted = ThreadCpuTime.NowNanoseconds();
            _components[i].Process(document, cancellationToken);
            timings.Add(i, Stopwatch.GetTimestamp() - started, ThreadCpuTime.NowNanoseconds() - cpuStarted);
        }
        return document;
    }

    /// <summary>A fresh timing table for this pipeline's components.</summary>
    public PipelineTimings CreateTimings() => new(_components.Select(c => c.Name));
}
