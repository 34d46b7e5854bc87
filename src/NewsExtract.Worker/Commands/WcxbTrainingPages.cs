using NewsExtract.Ingestion.Html.Benchmark;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// What every <c>train html-*</c> command starts with: the annotated WCXB pages named by <c>--data wcxb:DIR</c> and a
/// fold count of at least two (the folds go over sites). Problems are written to stderr in the command's name.
/// </summary>
public static class WcxbTrainingPages
{
    /// <summary>The pages, or null (after saying why) when the spec, folder or fold count is not usable.</summary>
    public static IReadOnlyList<BenchmarkPage>? Read(string command, string spec, int folds, string needs)
    {
        IReadOnlyList<BenchmarkPage> pages;
        try
        {
            var (kind, folder) = BenchmarkCorpus.ParseSpec(spec);
            if (kind != BenchmarkKind.Wcxb)
            {
                Console.Error.WriteLine($"newsextract {command}: needs {needs}: wcxb:DIR");
                return null;
            }
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"newsextract {command}: {Path.GetFullPath(folder)}: no such folder");
                return null;
            }
            pages = BenchmarkCorpus.Read(kind, folder);
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"newsextract {command}: {e.Message}");
            return null;
        }
        if (folds < 2)
        {
            Console.Error.WriteLine($"newsextract {command}: --folds must be at least 2");
            return null;
        }
        return pages;
    }
}
