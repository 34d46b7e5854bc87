using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract health [--config FILE]</c>: reads the worker's state (the same settings as <c>run</c>) and prints
/// its health as JSON; exit code 0 Healthy, 1 Degraded (also "no state yet" when the worker never ran: nothing is
/// created), 2 Unhealthy or invalid settings. Safe while the worker runs.
/// </summary>
public static class HealthCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo?>("--config") { Description = "An extra settings file (JSON) layered over appsettings.json" };
        var command = new Command("health", "Print the worker's health (from its state database) as JSON") { config };
        command.SetAction(async (parse, ct) =>
        {
            var builder = WorkerHostBuilder.Create(parse.GetValue(config), once: false, out var error);
            if (builder is null)
            {
                await Console.Error.WriteLineAsync($"newsextract health: {error}");
                return 2;
            }
            using var host = builder.Build();
            if (WorkerStartupCheck.FindSettingsProblem(host.Services) is { } problem)
            {
                await Console.Error.WriteLineAsync($"newsextract health: {problem}");
                return 2;
            }
            var settings = host.Services.GetRequiredService<IOptions<WorkerOptions>>().Value;
            if (!settings.UsesPostgres && !File.Exists(settings.StateDatabasePath))
            {
                // Never create the state of a worker that has not run: say so, and leave the directory alone.
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    status = HealthStatus.Degraded.ToString(),
                    description = $"no state yet: {Path.GetFullPath(settings.StateDatabasePath)} does not exist (the worker has not run)",
                }, new JsonSerializerOptions { WriteIndented = true }));
                return 1;
            }
            var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(ct);
            var json = JsonSerializer.Serialize(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new
                {
                    status = e.Value.Status.ToString(),
                    description = e.Value.Description,
                    data = e.Value.Data,
                }),
            }, new JsonSerializerOptions { WriteIndented = true });
            await Console.Out.WriteLineAsync(json);
            return report.Status switch
            {
                HealthStatus.Healthy => 0,
                HealthStatus.Degraded => 1,
                _ => 2,
            };
        });
        return command;
    }
}
