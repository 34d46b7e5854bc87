using NewsExtract.Ingestion.Http;
using NewsExtract.Ingestion.Sources;
using NewsExtract.Storage.State;

namespace NewsExtract.Worker.Hosting;

/// <summary>Keeps the validators of source documents (feeds, sitemaps, listing pages) in the state store's pages table.</summary>
public sealed class StateValidatorStore(ICrawlFrontier store, TimeProvider timeProvider) : IValidatorStore
{
    public HttpValidators? Find(string sourceName, Uri url) =>
        store.FindPage(url.AbsoluteUri) is { } page ? new HttpValidators(page.ETag, page.LastModified) : null;

    public void Save(string sourceName, Uri url, HttpValidators validators) =>
        store.SavePage(new PageState(url.AbsoluteUri, sourceName, validators.ETag, validators.LastModified, null, timeProvider.GetUtcNow()));
}
