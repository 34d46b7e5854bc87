using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsExtract.Storage.State;
using NewsExtract.Worker.FeedApi;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract serve-feed [--port P] [--bind ADDRESS] [--config FILE]</c>: serves <c>GET /feed?after=SEQ&amp;limit=N</c>
/// from the worker's store (the same settings as <c>run</c>: SQLite under the output directory, or the cluster's
/// PostgreSQL), so downstream readers resume by sequence from any node. Ctrl+C stops it.
/// </summary>
public static class ServeFeedCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one)", DefaultValueFactory = _ => 5180 };
        var bind = new Option<string>("--bind") { Description = "Address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
        var config = new Option<FileInfo?>("--config") { Description = "An extra settings file (JSON) layered over appsettings.json" };
        var command = new Command("serve-feed", "Serve the published records by cursor: GET /feed?after=SEQ&limit=N") { port, bind, config };
        command.SetAction(async (parse, ct) =>
        {
            var builder = WorkerHostBuilder.Create(parse.GetValue(config), once: false, out var error);
            if (builder is null)
            {
                await Console.Error.WriteLineAsync($"newsextract serve-feed: {error}");
                return 2;
            }
            using var host = builder.Build();
            if (WorkerStartupCheck.FindSettingsProblem(host.Services) is { } problem)
            {
                await Console.Error.WriteLineAsync($"newsextract serve-feed: {problem}");
                return 2;
            }
            var settings = host.Services.GetRequiredService<IOptions<WorkerOptions>>().Value;
            if (!settings.UsesPostgres && !File.Exists(settings.StateDatabasePath))
            {
                await Console.Error.WriteLineAsync($"newsextract serve-feed: no state yet: {Path.GetFullPath(settings.StateDatabasePath)} does not exist (the worker has not run).");
                return 2;
            }
            if (WorkerStartupCheck.FindOutputProblem(host.Services) is { } storeProblem)
            {
                await Console.Error.WriteLineAsync($"newsextract serve-feed: {storeProblem}");
                return 2;
            }
            var outbox = host.Services.GetRequiredService<IRecordOutbox>();
            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = FeedCursorApp.Create(outbox, parse.GetValue(bind)!, parse.GetValue(port));
            }
            catch (ArgumentException ex)
            {
                await Console.Error.WriteLineAsync($"newsextract serve-feed: {ex.Message}");
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
                    await Console.Error.WriteLineAsync($"newsextract serve-feed: cannot listen on {parse.GetValue(bind)}:{parse.GetValue(port)}: {ex.Message}");
                    return 2;
                }
                Console.WriteLine($"NewsExtract feed on {string.Join(", ", app.Urls)}/feed?after=0 ({(settings.UsesPostgres ? "PostgreSQL store" : settings.StateDatabasePath)}). Ctrl+C stops.");
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
