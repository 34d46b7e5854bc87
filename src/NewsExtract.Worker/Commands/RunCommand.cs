using System.CommandLine;
using Microsoft.Extensions.Hosting;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract run [--once]</c>: the hosted worker on the settings in appsettings.json (beside the executable),
/// overridable by <c>--config FILE</c> and environment variables (<c>NewsExtract__OutputDirectory</c>). A start-up
/// problem (settings, output directory) is one line on stderr and exit code 2.
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Run one pass over the sources, drain the queues, publish, and exit" };
        var config = new Option<FileInfo?>("--config") { Description = "An extra settings file (JSON) layered over appsettings.json" };
        var threads = new Option<int?>("--threads") { Description = "Articles extracted at once (default: ExtractionThreads, else one per core)" };
        var command = new Command("run", "Run the worker: poll the sources, fetch, extract, append records to the JSON Lines feed") { once, config, threads };
        command.SetAction(async (parse, ct) =>
        {
            var builder = WorkerHostBuilder.Create(parse.GetValue(config), parse.GetValue(once), out var error);
            if (builder is null)
            {
                await Console.Error.WriteLineAsync($"newsextract run: {error}");
                return 2;
            }
            if (parse.GetValue(threads) is { } n)
                builder.Configuration[$"{WorkerOptions.SectionName}:{nameof(WorkerOptions.ExtractionThreads)}"] = Math.Max(1, n).ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var host = builder.Build();
            // Checked before the host starts, so a bad setting or output directory is one line, not a stack trace.
            if ((WorkerStartupCheck.FindSettingsProblem(host.Services) ?? WorkerStartupCheck.FindOutputProblem(host.Services)) is { } problem)
            {
                await Console.Error.WriteLineAsync($"newsextract run: {problem}");
                return 2;
            }
            await host.RunAsync(ct);
            return 0;
        });
        return command;
    }
}
