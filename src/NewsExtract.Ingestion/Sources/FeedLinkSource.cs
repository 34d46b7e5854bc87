using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using NewsExtract.Ingestion.Feeds;

namespace NewsExtract.Ingestion.Sources;

/// <summary>An RSS or Atom feed (detected from the document): each pass lists the feed's entries.</summary>
public sealed class FeedLinkSource(WebSourceSettings settings, SourceDocumentLoader loader, ILogger logger) : ILinkSource
{
    public string Name => settings.Name;

    public async IAsyncEnumerable<DiscoveredLink> DiscoverAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (await loader.LoadAsync(settings, settings.Url, cancellationToken) is not ({ } text, { } result)) yield break;
        FeedDocument feed;
        try { feed = FeedParser.Parse(text, result.FinalUrl); }
        catch (FormatException ex) { throw new SourceDiscoveryException(Name, $"{settings.Url}: {ex.Message}", transient: true); }
        if (feed.Warning is not null)
            logger.LogWarning("Source {Source}: {Warning}; using the {Count} entries read", Name, feed.Warning, feed.Entries.Count);
        foreach (var entry in feed.Entries.Take(settings.MaxLinksPerPass))
            yield return entry;
        // A damaged feed is read again next time rather than skipped as unchanged.
        if (feed.Warning is null) loader.Commit(settings, settings.Url, result);
    }
}
