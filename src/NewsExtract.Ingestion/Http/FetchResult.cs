namespace NewsExtract.Ingestion.Http;

/// <summary>
/// The outcome of fetching one URL: the final URL after redirects, the body bytes and the charset the headers
/// declared, the new validators; or why it failed and whether trying again later may help.
/// </summary>
public sealed record FetchResult
{
    public required FetchStatus Status { get; init; }
    public required Uri RequestedUrl { get; init; }
    public required Uri FinalUrl { get; init; }
    public int? StatusCode { get; init; }
    public byte[] Body { get; init; } = [];
    public string? MediaType { get; init; }
    public string? HeaderCharset { get; init; }
    public HttpValidators? Validators { get; init; }

    /// <summary>A reason code from <see cref="FetchFailureReasons"/> when <see cref="Status"/> is Failed.</summary>
    public string? FailureReason { get; init; }

    /// <summary>A human-readable account of the failure.</summary>
    public string? FailureDetail { get; init; }

    /// <summary>True when the failure may pass (server errors, timeouts, an open circuit), false when it will not.</summary>
    public bool Transient { get; init; }

    public static FetchResult Failed(Uri requested, Uri final, string reason, string detail, bool transient, int? statusCode = null) => new()
    {
        Status = FetchStatus.Failed,
        RequestedUrl = requested,
        FinalUrl = final,
        StatusCode = statusCode,
        FailureReason = reason,
        FailureDetail = detail,
        Transient = transient,
    };
}
