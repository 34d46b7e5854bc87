using NewsExtract.Core.Articles;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Worker.Processing;

/// <summary>Puts an article in the register its source is configured with (<see cref="SourceOptions.Register"/>), when one is.</summary>
public static class SourceRegister
{
    public static Article Apply(Article article, SourceOptions source) =>
        string.IsNullOrWhiteSpace(source.Register) ? article : article with { Register = source.Register.Trim().ToLowerInvariant() };
}
