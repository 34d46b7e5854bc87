using Microsoft.AspNetCore.Http;

namespace NewsExtract.Review.Security;

/// <summary>
/// Headers on every response that keep untrusted article text inert even if something slipped through encoding:
/// scripts only from this server's own files (no inline script), no framing, no MIME sniffing, no referrer to other
/// sites. The referrer policy is same-origin rather than no-referrer because under no-referrer a browser sends
/// <c>Origin: null</c> with a page's form POSTs (sign-in, sign-out, API key), which the same-origin check refuses.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
        return next();
    }
}
