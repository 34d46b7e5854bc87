using System.Runtime.CompilerServices;
using NewsExtract.Ingestion.Listing;

namespace NewsExtract.Ingestion.Sources;

/// <summary>A listing page (section front, "latest news"): each pass lists the links its XPath selects.</summary>
public sealed class ListingLinkSource(WebSourceSettings settings, SourceDocumentLoader loader) : ILinkSource
{
    public string Name => settings.Name;

    public async IAsyncEnumerable<DiscoveredLink> DiscoverAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (await loader.LoadAsync(settings, settings.Url, cancellationToken) is not ({ } text, { } result)) yield break;
        var links = ListingPageParser.Parse(text, result.FinalUrl, settings.LinkXPath ?? "//a[@href]");
        foreach (var link in links.Take(settings.MaxLinksPerPass))
            yield return link;
        loader.Commit(settings, settings.Url, result);
    }
}
