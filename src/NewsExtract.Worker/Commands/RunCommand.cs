using System.CommandLine;
using Microsoft.Extensions.Hosting;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract run [--once]</c>: the hosted worker on the settings in appsettings.json (beside the executable),
/// overridable by <c>--config FILE</c> and environment variables (<c>NewsExtract__OutputDirectory</c>).
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
            try
            {
                await host.RunAsync(ct);
            }
            catch (Microsoft.Extensions.Options.OptionsValidationException ex)
            {
                foreach (var failure in ex.Failures)
                    await Console.Error.WriteLineAsync($"newsextract run: configuration error: {failure}");
                return 2;
            }
            return 0;
        });
        return command;
    }
}
