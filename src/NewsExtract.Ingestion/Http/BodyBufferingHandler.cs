namespace NewsExtract.Ingestion.Http;

/// <summary>
/// Reads each response body whole, up to a cap, inside the resilience pipeline: so the attempt timeout covers a
/// stalled body, a truncated body or a reset connection is retried like any transient failure, and an oversized
/// page is cut off after <c>limit</c> bytes instead of being downloaded.
/// </summary>
public sealed class BodyBufferingHandler(long limit) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            if (response.Content.Headers.ContentLength is long declared && declared > limit)
                throw new BodyTooLargeException(request.RequestUri, limit);
            var buffer = new MemoryStream();
            await using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken))
            {
                var chunk = new byte[16384];
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
                {
                    if (buffer.Length + read > limit) throw new BodyTooLargeException(request.RequestUri, limit);
                    buffer.Write(chunk, 0, read);
                }
            }
            var content = new ByteArrayContent(buffer.ToArray());
            foreach (var header in response.Content.Headers)
            {
                if (header.Key is "Content-Length" or "Content-Encoding") continue;
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            content.Headers.ContentLength = buffer.Length;
            response.Content.Dispose();
            response.Content = content;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
