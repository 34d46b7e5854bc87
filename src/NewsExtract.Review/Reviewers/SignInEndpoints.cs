using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsExtract.Review.Pages;
using NewsExtract.Review.Security;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Reviewers;

/// <summary>
/// Reviewer sign-in when the database holds reviewer accounts: /signin (name and secret, checked against the stored
/// hash; the form carries the page's CSRF token and must come from this origin; repeated wrong secrets for a name lock
/// it for a while, see <see cref="SignInThrottle"/>) and /signout (the same token and origin). Until a reviewer signs
/// in, pages redirect to /signin and changes are refused.
/// </summary>
public static class SignInEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static void Map(WebApplication app, IReviewAccounts accounts, ReviewerSessions sessions, CsrfGuard csrf, SignInThrottle throttle)
    {
        app.MapGet("/signin", () => Results.Content(Page(null, csrf.Token), HtmlType));
        app.MapPost("/signin", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (!csrf.Matches(form["csrf"].ToString()))
                return Results.Text("Missing or wrong form token; reload the page.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
            var name = form["name"].ToString().Trim();
            var secret = form["secret"].ToString();
            if (name.Length > 0 && throttle.LockedFor(name, LoginThrottle.ClientOf(context)) is { } wait)
            {
                context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                var minutes = (int)Math.Ceiling(wait.TotalMinutes);
                return Results.Content(Page($"Too many wrong secrets for this reviewer: try again in {minutes} minute{(minutes == 1 ? "" : "s")}.", csrf.Token),
                    HtmlType, statusCode: StatusCodes.Status429TooManyRequests);
            }
            if (name.Length == 0 || accounts.SecretHash(name) is not { } hash || !ReviewerSecrets.Verify(name, hash, secret))
            {
                if (name.Length > 0) throttle.RecordFailure(name, LoginThrottle.ClientOf(context));
                return Results.Content(Page("That name and secret do not match an account.", csrf.Token), HtmlType, statusCode: StatusCodes.Status401Unauthorized);
            }
            throttle.RecordSuccess(name);
            sessions.SignIn(context, name);
            return Results.Redirect("/");
        }).DisableAntiforgery();
        app.MapPost("/signout", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (!csrf.Matches(form["csrf"].ToString()))
                return Results.Text("Missing or wrong form token.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
            sessions.SignOut(context);
            return Results.Redirect("/signin");
        }).DisableAntiforgery();
    }

    /// <summary>Lets a request through when a reviewer is signed in; pages redirect to /signin, other requests get 401.</summary>
    public static async Task RequireReviewerAsync(HttpContext context, ReviewerSessions sessions, Func<Task> next)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/signin") || path.StartsWithSegments("/assets") || path.StartsWithSegments("/login")
            || sessions.Reviewer(context) is not null)
        {
            await next();
            return;
        }
        if (HttpMethods.IsGet(context.Request.Method) && !path.StartsWithSegments("/api"))
        {
            context.Response.Redirect("/signin");
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await context.Response.WriteAsync("Sign in as a reviewer first (/signin).");
    }

    private static string Page(string? error, string token) =>
        PageLayout.Render("Sign in",
            "<main class=\"list-main login\"><h1>Sign in to review</h1>" +
            (error is null ? "" : $"<p class=\"error\" role=\"alert\">{Html.E(error)}</p>") +
            $"<form method=\"post\" action=\"/signin\"><input type=\"hidden\" name=\"csrf\" value=\"{Html.E(token)}\">" +
            "<div class=\"field\"><label for=\"name\">Reviewer</label><input id=\"name\" name=\"name\" autocomplete=\"username\" autofocus></div>" +
            "<div class=\"field\"><label for=\"secret\">Secret</label><input id=\"secret\" name=\"secret\" type=\"password\" autocomplete=\"current-password\"></div>" +
            "<button class=\"btn primary\" type=\"submit\">Sign in</button></form></main>", token, "—");
}
