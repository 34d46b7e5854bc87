using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace NewsExtract.Worker.Hosting;

/// <summary>
/// Builds the worker's host the same way for every verb: appsettings.json beside the executable, then
/// <c>--config FILE</c>, then environment variables (<c>NewsExtract__OutputDirectory</c>), then command-line flags.
/// </summary>
public static class WorkerHostBuilder
{
    /// <summary>The configured builder, or null with <paramref name="error"/> when the settings file does not exist.</summary>
    public static HostApplicationBuilder? Create(FileInfo? configFile, bool once, out string? error)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        if (configFile is not null)
        {
            if (!configFile.Exists)
            {
                error = $"the settings file {configFile.FullName} does not exist.";
                return null;
            }
            builder.Configuration.AddJsonFile(configFile.FullName, optional: false);
            builder.Configuration.AddEnvironmentVariables();
        }
        if (once)
            builder.Configuration[$"{WorkerOptions.SectionName}:{nameof(WorkerOptions.RunOnce)}"] = "true";
        builder.Services.AddNewsExtractWorker(builder.Configuration);
        error = null;
        return builder;
    }
}
