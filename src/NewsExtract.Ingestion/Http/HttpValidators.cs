namespace NewsExtract.Ingestion.Http;

/// <summary>The validators of a fetched resource, sent back as If-None-Match / If-Modified-Since on the next fetch.</summary>
public sealed record HttpValidators(string? ETag, string? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}
