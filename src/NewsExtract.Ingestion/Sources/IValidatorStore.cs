using NewsExtract.Ingestion.Http;

namespace NewsExtract.Ingestion.Sources;

/// <summary>Where link sources keep the HTTP validators of their feeds, sitemaps and listing pages between passes.</summary>
public interface IValidatorStore
{
    HttpValidators? Find(string sourceName, Uri url);

    void Save(string sourceName, Uri url, HttpValidators validators);
}
