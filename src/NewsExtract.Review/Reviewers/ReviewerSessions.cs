using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace NewsExtract.Review.Reviewers;

/// <summary>
/// Signed-in reviewers: a random session token (256 bits) in an HttpOnly, SameSite=Strict cookie maps to the
/// reviewer's name on the server; the cookie says nothing a client could change into another name. Sessions live as
/// long as the server; signing out drops one.
/// </summary>
public sealed class ReviewerSessions
{
    public const string CookieName = "newsextract_reviewer";

    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public string? Reviewer(HttpContext context) =>
        context.Request.Cookies[CookieName] is { Length: > 0 } token && _names.TryGetValue(token, out var name) ? name : null;

    public void SignIn(HttpContext context, string reviewer)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        _names[token] = reviewer;
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }

    public void SignOut(HttpContext context)
    {
        if (context.Request.Cookies[CookieName] is { } token) _names.TryRemove(token, out _);
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
    }
}
