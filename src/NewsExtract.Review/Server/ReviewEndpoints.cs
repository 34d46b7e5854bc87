using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsExtract.Core.Records;
using NewsExtract.Review.Pages;
using NewsExtract.Review.Security;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Server;

/// <summary>
/// The review server's routes: the list (/), the article view (/articles/{id}), its workspace fragment, the
/// decision, undo and completion POSTs under /api (each answers with the new workspace HTML), the reviewed record
/// as JSON, the assets, and the login page when an API key is set.
/// </summary>
public static class ReviewEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static void Map(WebApplication app, ReviewService service, CsrfGuard csrf, ApiKeyGuard? apiKey)
    {
        app.MapGet("/", (HttpRequest request) =>
        {
            var filter = FilterFrom(request.Query);
            var page = service.Records.List(filter);
            return Results.Content(ArticleListPage.Render(page, filter, service.Records.Sources(), csrf.Token, service.Reviewer), HtmlType);
        });

        app.MapGet("/articles/{id}", (string id, int? revision) =>
            service.View(id, revision) is { } view
                ? Results.Content(ArticleViewPage.Render(view, csrf.Token), HtmlType)
                : NotFoundPage(id, csrf.Token, service.Reviewer));

        app.MapGet("/articles/{id}/workspace", (string id, int? revision) =>
            service.View(id, revision) is { } view ? Results.Content(ArticleWorkspace.Render(view), HtmlType) : Results.NotFound());

        app.MapGet("/api/articles/{id}/reviewed", (string id, int? revision) =>
            service.Reviewed(id, revision) is { } record
                ? Results.Text(RecordSerializer.ToJsonLine(record), "application/json; charset=utf-8")
                : Results.NotFound());

        app.MapPost("/api/articles/{id}/decisions", (string id, DecisionRequest request) =>
            Workspace(service, id, request.Revision, () => service.Decide(id, request)));

        app.MapPost("/api/articles/{id}/undo", (string id, DecisionRequest request) =>
            Workspace(service, id, request.Revision, () => service.Undo(id, request.Revision)));

        app.MapPost("/api/articles/{id}/complete", (string id, DecisionRequest request) =>
            Workspace(service, id, request.Revision, () => service.Complete(id, request.Revision, request.Done ?? true)));

        app.MapGet("/assets/{name}", (string name) => EmbeddedAssets.Serve(name));

        if (apiKey is not null)
        {
            app.MapGet("/login", () => Results.Content(LoginPage(null, csrf.Token), HtmlType));
            app.MapPost("/login", async (HttpContext context) =>
            {
                var form = await context.Request.ReadFormAsync();
                if (!apiKey.Matches(form["key"].ToString()))
                {
                    apiKey.Throttle.RecordFailure(context);
                    return Results.Content(LoginPage("That key is not right.", csrf.Token), HtmlType, statusCode: StatusCodes.Status401Unauthorized);
                }
                apiKey.SignIn(context);
                return Results.Redirect("/");
            }).DisableAntiforgery();
        }
    }

    /// <summary>Runs a change and answers with the article's new workspace, or 400 with the reason.</summary>
    private static IResult Workspace(ReviewService service, string id, int revision, Action change)
    {
        try
        {
            change();
        }
        catch (ReviewRequestException ex)
        {
            return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        return service.View(id, revision) is { } view ? Results.Content(ArticleWorkspace.Render(view), HtmlType) : Results.NotFound();
    }

    private static RecordFilter FilterFrom(IQueryCollection query)
    {
        static DateOnly? Date(string value) =>
            DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        return new RecordFilter
        {
            Text = query["q"].ToString(),
            Source = query["source"].ToString(),
            From = Date(query["from"].ToString()),
            To = Date(query["to"].ToString()),
            Entity = query["entity"].ToString(),
            EventType = query["event"].ToString(),
            Status = query["status"].ToString() is { } status && ReviewStatuses.All.Contains(status) ? status : null,
            Page = int.TryParse(query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1,
        };
    }

    private static IResult NotFoundPage(string id, string token, string reviewer) =>
        Results.Content(PageLayout.Render("Not found",
            $"<main class=\"list-main\"><h1>No article {Html.E(id)}</h1><p><a href=\"/\">Back to the list</a></p></main>", token, reviewer),
            HtmlType, statusCode: StatusCodes.Status404NotFound);

    private static string LoginPage(string? error, string token) =>
        PageLayout.Render("Sign in",
            "<main class=\"list-main login\"><h1>API key required</h1>" +
            (error is null ? "" : $"<p class=\"error\">{Html.E(error)}</p>") +
            "<form method=\"post\" action=\"/login\"><div class=\"field\"><label for=\"key\">API key</label>" +
            "<input id=\"key\" name=\"key\" type=\"password\" autocomplete=\"current-password\" autofocus></div>" +
            "<button class=\"btn primary\" type=\"submit\">Sign in</button></form></main>", token, "—");
}
