using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsExtract.Ingestion.Http;
using NewsExtract.Storage.State;

namespace NewsExtract.Worker.Hosting;

/// <summary>
/// Checks, before the host starts, everything that would otherwise end the start-up in a stack trace: settings that
/// do not bind (a wrong-typed value) or do not validate, and an output directory that is a file, cannot be created,
/// is not writable, or holds a state database that cannot be opened. Each problem comes back as one line.
/// </summary>
public static class WorkerStartupCheck
{
    /// <summary>The settings' problem, or null when they bind and validate.</summary>
    public static string? FindSettingsProblem(IServiceProvider services)
    {
        var problems = new List<string>();
        Check<WorkerOptions>(services, problems);
        Check<HttpFetchOptions>(services, problems);
        return problems.Count == 0 ? null : "invalid settings: " + string.Join(" ", problems);
    }

    private static void Check<TOptions>(IServiceProvider services, List<string> problems) where TOptions : class
    {
        try
        {
            _ = services.GetRequiredService<IOptions<TOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            problems.AddRange(ex.Failures);
        }
        catch (InvalidOperationException ex)
        {
            // The configuration binder's message names the key and the type it could not convert to.
            problems.Add(ex.Message);
        }
    }

    /// <summary>The output directory's problem, or null once it exists, is writable and its state database opens.</summary>
    public static string? FindOutputProblem(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<WorkerOptions>>().Value;
        var output = Path.GetFullPath(settings.OutputDirectory);
        if (File.Exists(output)) return $"the output directory {output} is a file.";
        try
        {
            Directory.CreateDirectory(output);
            Directory.CreateDirectory(Path.GetFullPath(settings.FeedDirectory));
            var probe = Path.Combine(output, $".write-check-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"the output directory {output} cannot be written: {ex.Message}";
        }
        try
        {
            _ = services.GetRequiredService<IStateStore>();
            return null;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            return $"the state database {Path.GetFullPath(settings.StateDatabasePath)} cannot be opened: {ex.Message}";
        }
        catch (Exception ex) when (settings.UsesPostgres && ex is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            return $"the PostgreSQL store cannot be opened: {ex.Message}";
        }
    }
}
