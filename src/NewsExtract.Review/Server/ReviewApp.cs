using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsExtract.Review.Reviewers;
using NewsExtract.Review.Security;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Server;

/// <summary>
/// Builds the review web application on Kestrel over the review store (the worker's SQLite state database, or the cluster's PostgreSQL database). Call <c>StartAsync</c> and read
/// <c>Urls</c> for the address (port 0 picks a free one), or <c>RunAsync</c> to serve until cancelled.
/// </summary>
public static class ReviewApp
{
    public static WebApplication Create(ReviewServerOptions options)
    {
        options.Validate();
        var bind = options.BindAddress;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(ReviewApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Configured in code only: the host's appsettings.json (the worker's, with its log levels) does not apply here.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A start-up failure (a busy port) is reported by the command in one line; the host's own trace is not shown.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(bind, options.Port);
        });
        // Only requests addressed to this server by name are served: a page on another site that rebinds its own name
        // to 127.0.0.1 sends its own Host header and is refused with 400.
        builder.Services.AddHostFiltering(filtering =>
        {
            filtering.AllowedHosts = [.. options.AcceptedHostNames()];
            filtering.AllowEmptyHosts = false;
            filtering.IncludeFailureMessage = true;
        });
        builder.Services.Configure<JsonOptions>(json => json.SerializerOptions.PropertyNameCaseInsensitive = true);

        // Made and disposed by the app's container (the PostgreSQL adapter's connection pool goes with the app).
        builder.Services.AddSingleton(_ => options.OpenStorage());
        var app = builder.Build();
        var storage = app.Services.GetRequiredService<ReviewStorage>();
        var service = new ReviewService(storage.Store, storage.Records, options.Clock);
        // A change stored just before the process stopped, and not yet published, reaches the feed now (once).
        service.PublishPendingChanges();
        // Reviewer accounts in the database switch the server to signed-in reviewers (the --reviewer name no longer applies).
        var accounts = storage.Accounts;
        var sessions = options.TrustedReviewerHeader is null && accounts.Any() ? new ReviewerSessions() : null;
        var identity = new ReviewerIdentity(options.Reviewer, sessions, options.TrustedReviewerHeader);
        var csrf = new CsrfGuard();
        var apiKey = string.IsNullOrEmpty(options.ApiKey) ? null : new ApiKeyGuard(options.ApiKey);

        app.UseHostFiltering();
        app.Use((context, next) => SecurityHeaders.InvokeAsync(context, () => next(context)));
        if (apiKey is not null)
            app.Use((context, next) => apiKey.InvokeAsync(context, () => next(context)));
        app.Use((context, next) => csrf.InvokeAsync(context, () => next(context)));
        if (sessions is not null)
        {
            app.Use((context, next) => SignInEndpoints.RequireReviewerAsync(context, sessions, () => next(context)));
            SignInEndpoints.Map(app, accounts, sessions, csrf, new SignInThrottle(options.Clock));
        }
        ReviewEndpoints.Map(app, service, csrf, apiKey, identity, options.EvaluationSets);
        return app;
    }
}
