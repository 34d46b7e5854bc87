using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using NewsExtract.Ingestion.Sitemaps;

namespace NewsExtract.Ingestion.Sources;

/// <summary>
/// An XML sitemap, news sitemap or sitemap index: each pass lists the article URLs, newest first where dates are
/// given. Child sitemaps of an index are read newest first (at most <see cref="MaxChildSitemaps"/>, two levels deep),
/// each with its own conditional GET.
/// </summary>
public sealed class SitemapLinkSource(WebSourceSettings settings, SourceDocumentLoader loader, ILogger logger) : ILinkSource
{
    public const int MaxChildSitemaps = 20;

    public string Name => settings.Name;

    public async IAsyncEnumerable<DiscoveredLink> DiscoverAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int yielded = 0;
        await foreach (var link in ReadAsync(settings.Url, depth: 0, cancellationToken))
        {
            if (yielded++ >= settings.MaxLinksPerPass) yield break;
            yield return link;
        }
    }

    private async IAsyncEnumerable<DiscoveredLink> ReadAsync(Uri url, int depth, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        (string Text, Http.FetchResult Result)? loaded;
        try
        {
            loaded = await loader.LoadAsync(settings, url, cancellationToken);
        }
        catch (SourceDiscoveryException ex) when (depth > 0)
        {
            logger.LogWarning("Source {Source}: child sitemap skipped: {Reason}", Name, ex.Reason);
            yield break;
        }
        if (loaded is not ({ } text, { } result)) yield break;
        SitemapDocument sitemap;
        try { sitemap = SitemapParser.Parse(text, result.FinalUrl); }
        catch (FormatException ex) when (depth == 0) { throw new SourceDiscoveryException(Name, $"{url}: {ex.Message}", transient: true); }
        catch (FormatException ex)
        {
            logger.LogWarning("Source {Source}: child sitemap {Url} skipped: {Reason}", Name, url, ex.Message);
            yield break;
        }
        if (sitemap.Warning is not null)
            logger.LogWarning("Source {Source}: {Url}: {Warning}; using the {Count} entries read", Name, url, sitemap.Warning, sitemap.Entries.Count);
        var entries = sitemap.Entries.OrderByDescending(e => e.PublishedAt ?? DateTimeOffset.MinValue).ToList();
        if (sitemap.IsIndex)
        {
            if (depth < 2)
            {
                foreach (var child in entries.Take(MaxChildSitemaps))
                    await foreach (var link in ReadAsync(child.Url, depth + 1, cancellationToken))
                        yield return link;
            }
        }
        else
        {
            foreach (var entry in entries)
                yield return entry;
        }
        if (sitemap.Warning is null) loader.Commit(settings, url, result);
    }
}
