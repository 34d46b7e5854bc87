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

    public Document Run(Article article, CancellationToken cancellationToken = default)
    {
        var document = new Document(article);
        foreach (var component in _components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            component.Process(document, cancellationToken);
        }
        return document;
    }
}
