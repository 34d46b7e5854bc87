using Cronos;
using Microsoft.Extensions.Options;

namespace NewsExtract.Worker.Hosting;

/// <summary>Checks the worker's settings at start-up, naming every problem, so a bad configuration never half-runs.</summary>
public sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkerOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.OutputDirectory))
            errors.Add("NewsExtract:OutputDirectory must be set.");
        if (!string.IsNullOrWhiteSpace(options.Cron))
        {
            try { CronExpression.Parse(options.Cron); }
            catch (CronFormatException ex) { errors.Add($"NewsExtract:Cron '{options.Cron}' is not a valid cron expression: {ex.Message}"); }
        }
        else if (options.Interval <= TimeSpan.Zero)
        {
            errors.Add("NewsExtract:Interval must be positive when no Cron is set.");
        }
        if (options.Sources.Count == 0)
            errors.Add("NewsExtract:Sources must list at least one source.");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < options.Sources.Count; i++)
        {
            var source = options.Sources[i];
            var where = $"NewsExtract:Sources:{i}";
            if (string.IsNullOrWhiteSpace(source.Name)) errors.Add($"{where}:Name must be set.");
            else if (!seen.Add(source.Name)) errors.Add($"{where}:Name '{source.Name}' is used by two sources.");
            if (!string.Equals(source.Type, "folder", StringComparison.OrdinalIgnoreCase))
                errors.Add($"{where}:Type '{source.Type}' is not a known source type (known: folder).");
            else if (string.IsNullOrWhiteSpace(source.Path))
                errors.Add($"{where}:Path must be set for a folder source.");
            else if (!Directory.Exists(source.Path))
                errors.Add($"{where}:Path '{Path.GetFullPath(source.Path)}' does not exist.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
