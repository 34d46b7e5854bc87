using Microsoft.AspNetCore.Http;
using NewsExtract.Review.Reviewers;

namespace NewsExtract.Review.Server;

/// <summary>
/// Who a request comes from. Without accounts, every request is the server's one reviewer (--reviewer). With
/// accounts, a reviewer is whoever signed in (see <see cref="ReviewerSessions"/>); with a trusted
/// reverse-proxy header configured, the name in that header on requests from loopback (the proxy). A decision is
/// always signed with this name, never with one the request body supplies.
/// </summary>
public sealed class ReviewerIdentity(string? fixedReviewer, ReviewerSessions? sessions, string? trustedHeader)
{
    /// <summary>The reviewer the request proves to be, or null when it proves none.</summary>
    public string? Reviewer(HttpContext context)
    {
        if (trustedHeader is not null)
        {
            var fromProxy = context.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip);
            var name = context.Request.Headers[trustedHeader].ToString().Trim();
            return fromProxy && name.Length is > 0 and <= 64 ? name : null;
        }
        if (sessions is not null) return sessions.Reviewer(context);
        return fixedReviewer;
    }

    /// <summary>The name to show in the page header: the reviewer, or a dash when nobody is signed in.</summary>
    public string Name(HttpContext context) => Reviewer(context) ?? "—";

    /// <summary>True when reviewers sign in with accounts (the page shows sign-in and sign-out).</summary>
    public bool UsesAccounts => trustedHeader is null && sessions is not null;
}
