using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract run [--once]</c>: the hosted worker on the settings in appsettings.json (beside the executable),
/// overridable by environment variables (<c>NewsExtract__OutputDirectory</c>) and <c>--config FILE</c>.
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Run one pass over the sources, publish, and exit" };
        var config = new Option<FileInfo?>("--config") { Description = "An extra settings file (JSON) layered over appsettings.json" };
        var command = new Command("run", "Run the worker: poll the sources, extract, append records to the JSON Lines feed") { once, config };
        command.SetAction(async (parse, ct) =>
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                ContentRootPath = AppContext.BaseDirectory,
                Args = [],
            });
            if (parse.GetValue(config) is { } file)
            {
                if (!file.Exists)
                {
                    await Console.Error.WriteLineAsync($"newsextract run: the settings file {file.FullName} does not exist.");
                    return 2;
                }
                builder.Configuration.AddJsonFile(file.FullName, optional: false);
            }
            if (parse.GetValue(once))
                builder.Configuration[$"{WorkerOptions.SectionName}:{nameof(WorkerOptions.RunOnce)}"] = "true";
            builder.Services.AddNewsExtractWorker(builder.Configuration);
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
