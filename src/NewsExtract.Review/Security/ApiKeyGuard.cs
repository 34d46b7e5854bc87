using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsExtract.Review.Security;

/// <summary>
/// When an API key is set, lets a request through only with the key in the <c>X-Api-Key</c> header or the login
/// cookie (HttpOnly, SameSite=Strict, holding a hash of the key, never the key). Pages redirect to /login.
/// Wrong keys, in the header or on the sign-in page, are counted per client address by <see cref="LoginThrottle"/>.
/// </summary>
public sealed class ApiKeyGuard(string apiKey)
{
    public const string HeaderName = "X-Api-Key";
    public const string CookieName = "newsextract_review";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(apiKey);

    public LoginThrottle Throttle { get; } = new();
    private readonly string _cookieValue = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("newsextract-review:" + apiKey)));

    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _key);

    public bool IsAuthenticated(HttpContext context) =>
        Matches(context.Request.Headers[HeaderName].ToString() is { Length: > 0 } header ? header : null)
        || (context.Request.Cookies[CookieName] is { } cookie
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(_cookieValue)));

    public void SignIn(HttpContext context) =>
        context.Response.Cookies.Append(CookieName, _cookieValue, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var path = context.Request.Path;
        var signingIn = path.StartsWithSegments("/login") && HttpMethods.IsPost(context.Request.Method);
        var headerKey = context.Request.Headers[HeaderName].ToString();
        if ((signingIn || headerKey.Length > 0) && Throttle.IsBlocked(context))
        {
            await LoginThrottle.RefuseAsync(context);
            return;
        }
        if (headerKey.Length > 0 && !Matches(headerKey)) Throttle.RecordFailure(context);
        if (path.StartsWithSegments("/login") || path.Equals("/assets/review.css") || IsAuthenticated(context))
        {
            await next();
            return;
        }
        if (HttpMethods.IsGet(context.Request.Method) && !path.StartsWithSegments("/api"))
        {
            context.Response.Redirect("/login");
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await context.Response.WriteAsync($"An API key is required (header {HeaderName}).");
    }
}
