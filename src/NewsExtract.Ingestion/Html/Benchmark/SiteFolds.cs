namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>
/// Which fold a site's pages fall in: a stable hash of the domain and a seed, so every page of one site shares a fold
/// (the same assignment <c>train html-blocks</c> and <c>train html-titles</c> use).
/// </summary>
public static class SiteFolds
{
    public static int FoldOf(string domain, int folds, int seed = 7)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 1);
        var hash = 17u + (uint)seed;
        foreach (var c in domain)
            hash = hash * 31 + c;
        return (int)(hash % (uint)folds);
    }
}
