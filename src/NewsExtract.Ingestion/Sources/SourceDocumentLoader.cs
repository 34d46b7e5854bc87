using System.IO.Compression;
using NewsExtract.Ingestion.Http;

namespace NewsExtract.Ingestion.Sources;

/// <summary>
/// Fetches a source's own document (feed, sitemap, listing page) with a conditional GET and decodes it:
/// null when unchanged since the last pass, the text otherwise (gzip-compressed sitemap files are unpacked).
/// Validators are saved only by <see cref="Commit"/>, after the links were taken, so a crash in between
/// means the document is read again rather than skipped.
/// </summary>
public sealed class SourceDocumentLoader(PageFetcher fetcher, IValidatorStore validators)
{
    private const long MaxUnpackedBytes = 50 * 1024 * 1024;

    public async Task<(string Text, FetchResult Result)?> LoadAsync(WebSourceSettings source, Uri url, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(url, source.Limits, validators.Find(source.Name, url), cancellationToken);
        switch (result.Status)
        {
            case FetchStatus.NotModified:
                return null;
            case FetchStatus.Failed:
                throw new SourceDiscoveryException(source.Name, $"{url}: {result.FailureReason} ({result.FailureDetail})", result.Transient);
        }
        var body = result.Body;
        if (body.Length > 2 && body[0] == 0x1F && body[1] == 0x8B) body = Gunzip(source.Name, body);
        var (text, _) = TextCharset.Decode(body, result.HeaderCharset);
        return (text, result);
    }

    public void Commit(WebSourceSettings source, Uri url, FetchResult result)
    {
        if (result.Validators is { IsEmpty: false } found) validators.Save(source.Name, url, found);
    }

    private static byte[] Gunzip(string sourceName, byte[] body)
    {
        using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[65536];
        int read;
        try
        {
            while ((read = gzip.Read(buffer)) > 0)
            {
                if (output.Length + read > MaxUnpackedBytes)
                    throw new SourceDiscoveryException(sourceName, $"the compressed document unpacks to more than {MaxUnpackedBytes} bytes", false);
                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new SourceDiscoveryException(sourceName, "the gzip-compressed document is damaged: " + ex.Message, true);
        }
        return output.ToArray();
    }
}
