using System.CommandLine;
using NewsExtract.Review.Server;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract review [--port P] [--db PATH] [--reviewer NAME] [--api-key KEY] [--bind ADDRESS] [--allowed-host NAME…]
/// [--trusted-reviewer-header NAME]</c> (and <c>review add-reviewer</c>): the analyst
/// review page over the state database (in cluster mode, <c>NewsExtract__Store=postgres</c>, the cluster's PostgreSQL
/// database: see <see cref="ReviewStoreSelection"/>), on Kestrel at 127.0.0.1 by default. Listening beyond loopback needs an API
/// key (also read from NEWSEXTRACT_REVIEW_API_KEY, which keeps it out of the process list). Ctrl+C stops it.
/// </summary>
public static class ReviewCommand
{
    public const string ApiKeyVariable = "NEWSEXTRACT_REVIEW_API_KEY";

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one)", DefaultValueFactory = _ => 5170 };
        var db = new Option<FileInfo>("--db") { Description = "The worker's state database", DefaultValueFactory = _ => new FileInfo(Path.Combine("out", "state.db")) };
        var reviewer = new Option<string?>("--reviewer") { Description = "Name the decisions are saved under (default: the user name)" };
        var apiKey = new Option<string?>("--api-key") { Description = $"Require this key (header X-Api-Key or the sign-in page); or set {ApiKeyVariable}" };
        var bind = new Option<string>("--bind") { Description = "Address to listen on; other than loopback needs an API key", DefaultValueFactory = _ => "127.0.0.1" };
        var allowedHosts = new Option<string[]>("--allowed-host")
        {
            Description = "A host name the page may be reached under besides localhost and the bound address (repeatable)",
            AllowMultipleArgumentsPerToken = true,
        };
        var trustedHeader = new Option<string?>("--trusted-reviewer-header") { Description = "Take the reviewer's name from this header set by a reverse proxy on loopback (e.g. X-Forwarded-User)" };
        var command = new Command("review", "Serve the analyst review page: extractions highlighted, one-key accept/reject/correct")
        {
            port, db, reviewer, apiKey, bind, allowedHosts, trustedHeader, ReviewAccountCommand.Create(),
        };
        command.SetAction(async (parse, ct) =>
        {
            var database = parse.GetValue(db)!;
            var postgres = ReviewStoreSelection.PostgresConnectionString(out var settingsError);
            if (settingsError is not null)
            {
                await Console.Error.WriteLineAsync($"newsextract review: {settingsError}");
                return 2;
            }
            if (postgres is null && !database.Exists)
            {
                await Console.Error.WriteLineAsync($"newsextract review: no state database at {database.FullName}; run `newsextract run --once` first or pass --db.");
                return 2;
            }
            var options = new ReviewServerOptions
            {
                DatabasePath = database.FullName,
                PostgresConnectionString = postgres,
                Port = parse.GetValue(port),
                Address = parse.GetValue(bind)!,
                ApiKey = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiKeyVariable),
                AllowedHosts = parse.GetValue(allowedHosts) ?? [],
                TrustedReviewerHeader = parse.GetValue(trustedHeader),
            };
            if (parse.GetValue(reviewer) is { } name) options = options with { Reviewer = name };
            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = ReviewApp.Create(options);
            }
            catch (ArgumentException ex)
            {
                await Console.Error.WriteLineAsync($"newsextract review: {ex.Message}");
                return 2;
            }
            catch (Npgsql.NpgsqlException ex)
            {
                await Console.Error.WriteLineAsync($"newsextract review: the PostgreSQL review store cannot be opened: {ex.Message}");
                return 2;
            }
            await using (app)
            {
                try
                {
                    await app.StartAsync(ct);
                }
                catch (IOException ex)
                {
                    await Console.Error.WriteLineAsync($"newsextract review: cannot listen on {options.Address}:{options.Port}: {ex.Message}");
                    return 2;
                }
                Console.WriteLine($"NewsExtract review on {string.Join(", ", app.Urls)} ({(postgres is null ? $"database {database.FullName}" : "PostgreSQL store")}, reviewer {options.Reviewer}" +
                    $"{(string.IsNullOrEmpty(options.ApiKey) ? "" : ", API key required")}). Ctrl+C stops.");
                // Stop on Ctrl+C through the command line's token, or on SIGTERM/SIGINT through the web host's lifetime
                // (which takes those signals over while the app runs).
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, app.Lifetime.ApplicationStopping);
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
                await app.StopAsync(CancellationToken.None);
            }
            return 0;
        });
        return command;
    }
}
