using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NewsExtract.Worker.Hosting;

/// <summary>
/// Builds the worker's host the same way for every verb: appsettings.json beside the executable, then
/// <c>--config FILE</c>, then environment variables (<c>NewsExtract__OutputDirectory</c>), then command-line flags.
/// A <c>--config</c> file's sources replace the built-in ones (the demo corpus) rather than merging with them entry by
/// entry; a file that lists none leaves none, which validation refuses.
/// </summary>
public static class WorkerHostBuilder
{
    private static readonly JsonDocumentOptions LenientJson = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The configured builder, or null with <paramref name="error"/> (one line) when the settings file is missing or not JSON.</summary>
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
            if (ReadJsonProblem(configFile) is { } problem)
            {
                error = $"the settings file {configFile.FullName} is not valid JSON: {problem}";
                return null;
            }
            try
            {
                builder.Configuration.AddJsonFile(configFile.FullName, optional: false);
            }
            catch (InvalidDataException ex)
            {
                error = $"the settings file {configFile.FullName} cannot be read: {(ex.InnerException ?? ex).Message}";
                return null;
            }
            builder.Configuration.AddEnvironmentVariables();
            builder.Services.PostConfigure<WorkerOptions>(options => options.Sources = SourcesOf(configFile));
        }
        if (once)
            builder.Configuration[$"{WorkerOptions.SectionName}:{nameof(WorkerOptions.RunOnce)}"] = "true";
        builder.Services.AddNewsExtractWorker(builder.Configuration);
        error = null;
        return builder;
    }

    // The sources named by the settings file alone (with environment variables over it), never the built-in ones.
    private static List<SourceOptions> SourcesOf(FileInfo configFile)
    {
        var fileOnly = new ConfigurationBuilder().AddJsonFile(configFile.FullName, optional: false).AddEnvironmentVariables().Build();
        return fileOnly.GetSection($"{WorkerOptions.SectionName}:{nameof(WorkerOptions.Sources)}").Get<List<SourceOptions>>() ?? [];
    }

    private static string? ReadJsonProblem(FileInfo file)
    {
        try
        {
            using var stream = file.OpenRead();
            using var document = JsonDocument.Parse(stream, LenientJson);
            return document.RootElement.ValueKind == JsonValueKind.Object ? null : "the top level must be an object";
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            foreach (var tail in new[] { " Path:", " LineNumber:" })
                if (message.IndexOf(tail, StringComparison.Ordinal) is > 0 and var at) message = message[..at];
            return ex.LineNumber is { } line
                ? $"line {line + 1}, byte {ex.BytePositionInLine + 1}: {message}"
                : message;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    }
}
