namespace NewsExtract.Ingestion.Http;

/// <summary>The short, stable reason codes a failed fetch carries (also the <c>reason</c> tag of the failure metric).</summary>
public static class FetchFailureReasons
{
    public const string Timeout = "timeout";
    public const string Network = "network";
    public const string Truncated = "truncated";
    public const string TooLarge = "too_large";
    public const string RedirectLoop = "redirect_loop";
    public const string TooManyRedirects = "too_many_redirects";
    public const string RobotsDisallowed = "robots";
    public const string CircuitOpen = "circuit_open";
    public const string UnsupportedScheme = "unsupported_scheme";
    public const string NotFound = "not_found";
    public const string ServerError = "server_error";
    public const string Throttled = "throttled";
    public const string ClientError = "client_error";

    public static string ForStatus(int status) => status switch
    {
        404 or 410 => NotFound,
        429 => Throttled,
        408 => Timeout,
        >= 500 => ServerError,
        _ => ClientError,
    };
}
