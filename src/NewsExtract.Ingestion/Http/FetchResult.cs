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

    /// <summary>
    /// Set when the URL was not fetched because its host is paused (circuit open, or a long Retry-After): the URL is
    /// not at fault and should wait, without counting an attempt, until this time.
    /// </summary>
    public DateTimeOffset? HostPausedUntil { get; init; }

    public static FetchResult Paused(Uri requested, Uri final, DateTimeOffset until, string reason, string detail, int? statusCode = null) =>
        Failed(requested, final, reason, detail, transient: true, statusCode) with { HostPausedUntil = until };

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
