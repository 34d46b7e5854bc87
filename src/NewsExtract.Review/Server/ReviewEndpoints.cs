using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsExtract.Core.Records;
using NewsExtract.Review.Export;
using NewsExtract.Review.Pages;
using NewsExtract.Review.Security;
using NewsExtract.Review.Statistics;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Server;

/// <summary>
/// The review server's routes: the list (/), the article view (/articles/{id}), its workspace fragment, the
/// decision, bulk, undo and completion POSTs under /api (each answers with the new workspace HTML), the queue
/// (/next), the statistics page, the exports, the reviewed record as JSON, the assets, and the login page when an
/// API key is set. Every change is signed with the reviewer <see cref="ReviewerIdentity"/> finds for the request.
/// </summary>
public static class ReviewEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static void Map(WebApplication app, ReviewService service, CsrfGuard csrf, ApiKeyGuard? apiKey, ReviewerIdentity identity,
        IReadOnlyList<string> evaluationSets)
    {
        app.MapGet("/", (HttpContext context) =>
        {
            var filter = ListQuery.Filter(context.Request.Query, identity.Name(context));
            var page = service.Records.List(filter);
            var progress = page.Items.ToDictionary(i => i.Id, i => service.Progress(i.Id, i.Revision));
            static int? Count(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            var sampled = Count(context.Request.Query["sampled"].ToString()) is { } assigned && Count(context.Request.Query["of"].ToString()) is { } eligible
                ? (assigned, eligible) : ((int, int)?)null;
            return Results.Content(ArticleListPage.Render(page, filter, service.Records.Sources(), progress, csrf.Token, identity.Name(context),
                context.Request.Query["done"] == "1", SignOut(identity, context), sampled), HtmlType);
        });

        app.MapGet("/articles/{id}", (HttpContext context, string id, int? revision) =>
            service.View(id, revision, identity.Name(context)) is { } view
                ? Results.Content(ArticleViewPage.Render(view, csrf.Token, ListQuery.Queue(context.Request.Query), SignOut(identity, context)), HtmlType)
                : NotFoundPage(id, csrf.Token, identity.Name(context)));

        app.MapGet("/articles/{id}/workspace", (HttpContext context, string id, int? revision) =>
            service.View(id, revision, identity.Name(context)) is { } view ? Results.Content(ArticleWorkspace.Render(view), HtmlType) : Results.NotFound());

        app.MapGet("/next", (HttpContext context) =>
        {
            var filter = ListQuery.Filter(context.Request.Query, identity.Name(context));
            var queue = ListQuery.Queue(context.Request.Query);
            return service.Next(filter, context.Request.Query["after"].ToString()) is { } next
                ? Results.Redirect($"/articles/{Uri.EscapeDataString(next)}{(queue.Length > 0 ? "?queue=" + Uri.EscapeDataString(queue) : "")}")
                : Results.Redirect("/?" + (queue.Length > 0 ? queue + "&" : "") + "done=1");
        });

        app.MapGet("/api/articles/{id}/reviewed", (HttpContext context, string id, int? revision) =>
            service.Reviewed(id, revision, identity.Name(context)) is { } record
                ? Results.Text(RecordSerializer.ToJsonLine(record), "application/json; charset=utf-8")
                : Results.NotFound());

        app.MapPost("/api/articles/{id}/decisions", (HttpContext context, string id, DecisionRequest request) =>
            Signed(context, identity, reviewer => Workspace(service, id, request.Revision, reviewer, () => service.Decide(id, request, reviewer))));

        app.MapPost("/api/articles/{id}/bulk", (HttpContext context, string id, DecisionRequest request) =>
            Signed(context, identity, reviewer => Workspace(service, id, request.Revision, reviewer, () => service.DecideMany(id, request, reviewer))));

        app.MapPost("/api/articles/{id}/undo", (HttpContext context, string id, DecisionRequest request) =>
            Signed(context, identity, reviewer => Workspace(service, id, request.Revision, reviewer, () => service.Undo(id, request.Revision, reviewer))));

        app.MapPost("/api/articles/{id}/complete", (HttpContext context, string id, DecisionRequest request) =>
            Signed(context, identity, reviewer => Workspace(service, id, request.Revision, reviewer, () => service.Complete(id, request, reviewer))));

        app.MapPost("/api/articles/{id}/assign", (HttpContext context, string id, DecisionRequest request) =>
            Signed(context, identity, reviewer => Workspace(service, id, request.Revision, reviewer, () => service.Assign(id, request.Assignee, request.Role, reviewer))));

        // A second opinion on a sample of the list's articles: a form POST (the page's token in a field, this origin).
        app.MapPost("/sample", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (!csrf.Matches(form["csrf"].ToString()))
                return Results.Text("Missing or wrong form token; reload the page.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
            var queue = form["queue"].ToString();
            var filter = ListQuery.Filter(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queue)), identity.Name(context));
            return Signed(context, identity, reviewer =>
            {
                try
                {
                    var percent = int.TryParse(form["percent"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : (int?)null;
                    var (assigned, eligible) = service.AssignSample(filter, form["assignee"].ToString(), percent, reviewer);
                    return Results.Redirect($"/?{(queue.Length > 0 ? queue + "&" : "")}sampled={assigned}&of={eligible}");
                }
                catch (ReviewRequestException ex)
                {
                    return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }
            });
        }).DisableAntiforgery();

        app.MapGet("/stats", (HttpContext context) =>
            Results.Content(StatisticsPage.Render(ReviewStatistics.Compute(service.Store, service.Records), csrf.Token, identity.Name(context), SignOut(identity, context)), HtmlType));

        app.MapGet("/export/reviews.jsonl", (bool? records) => Export("reviews.jsonl", "application/x-ndjson; charset=utf-8",
            (writer, ct) => JsonlReviewWriter.WriteAsync(writer, ReviewedArticles.Load(service.Store, service.Records), records ?? false, ct)));

        // Training data: never the evaluation sets' articles.
        app.MapGet("/export/reviews.conll", () => Export("reviews.conll", "text/plain; charset=utf-8",
            (writer, ct) => ConllReviewWriter.WriteAsync(writer,
                EvaluationArticles.Load(evaluationSets).Without(ReviewedArticles.Load(service.Store, service.Records)).Kept, ct)));

        app.MapGet("/assets/{name}", (string name) => EmbeddedAssets.Serve(name));

        if (apiKey is not null)
        {
            app.MapGet("/login", () => Results.Content(LoginPage(null, csrf.Token), HtmlType));
            app.MapPost("/login", async (HttpContext context) =>
            {
                var form = await context.Request.ReadFormAsync();
                if (!csrf.Matches(form["csrf"].ToString()))
                    return Results.Text("Missing or wrong form token; reload the page.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
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

    /// <summary>Whether the page shows a sign-out button: reviewers sign in with accounts and this one has.</summary>
    private static bool SignOut(ReviewerIdentity identity, HttpContext context) => identity.UsesAccounts && identity.Reviewer(context) is not null;

    /// <summary>Runs a change as the request's reviewer, or answers 401 when the request names none.</summary>
    private static IResult Signed(HttpContext context, ReviewerIdentity identity, Func<string, IResult> change) =>
        identity.Reviewer(context) is { } reviewer
            ? change(reviewer)
            : Results.Text("Sign in as a reviewer first.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);

    /// <summary>Runs a change and answers with the article's new workspace, or 400 with the reason.</summary>
    private static IResult Workspace(ReviewService service, string id, int revision, string reviewer, Action change)
    {
        try
        {
            change();
        }
        catch (ReviewRequestException ex)
        {
            return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        return service.View(id, revision, reviewer) is { } view ? Results.Content(ArticleWorkspace.Render(view), HtmlType) : Results.NotFound();
    }

    private static IResult Export(string fileName, string contentType, Func<TextWriter, CancellationToken, Task<int>> write) =>
        Results.Stream(async stream =>
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
            await write(writer, CancellationToken.None);
        }, contentType, fileName);

    private static IResult NotFoundPage(string id, string token, string reviewer) =>
        Results.Content(PageLayout.Render("Not found",
            $"<main class=\"list-main\"><h1>No article {Html.E(id)}</h1><p><a href=\"/\">Back to the list</a></p></main>", token, reviewer),
            HtmlType, statusCode: StatusCodes.Status404NotFound);

    private static string LoginPage(string? error, string token) =>
        PageLayout.Render("Sign in",
            "<main class=\"list-main login\"><h1>API key required</h1>" +
            (error is null ? "" : $"<p class=\"error\">{Html.E(error)}</p>") +
            $"<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"csrf\" value=\"{Html.E(token)}\"><div class=\"field\"><label for=\"key\">API key</label>" +
            "<input id=\"key\" name=\"key\" type=\"password\" autocomplete=\"current-password\" autofocus></div>" +
            "<button class=\"btn primary\" type=\"submit\">Sign in</button></form></main>", token, "—");
}
