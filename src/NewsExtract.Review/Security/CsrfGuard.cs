using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsExtract.Review.Security;

/// <summary>
/// Protects state-changing requests against cross-site request forgery: a request from another origin (by its
/// <c>Origin</c> or <c>Sec-Fetch-Site</c> header) is refused, and every POST under /api must carry the server's
/// random token (in the page's meta tag) in the <c>X-CSRF-Token</c> header, which another site cannot read or set
/// without a CORS preflight this server never grants.
/// </summary>
public sealed class CsrfGuard
{
    public const string HeaderName = "X-CSRF-Token";

    public CsrfGuard() => Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The token for this server's lifetime, put in every page.</summary>
    public string Token { get; }

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            await next();
            return;
        }
        if (CrossSite(request))
        {
            await Refuse(context, "Cross-site request refused.");
            return;
        }
        if (request.Path.StartsWithSegments("/api") && !Matches(request.Headers[HeaderName].ToString()))
        {
            await Refuse(context, $"Missing or wrong {HeaderName} header; reload the page.");
            return;
        }
        await next();
    }

    private static bool CrossSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite is "cross-site" or "same-site") return true;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false;
        return !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a token sent with a request (header or form field) is this server's.</summary>
    public bool Matches(string candidate) =>
        candidate.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(Token));

    private static async Task Refuse(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.Response.WriteAsync(message);
    }
}
