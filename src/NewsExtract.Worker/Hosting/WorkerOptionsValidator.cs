using Cronos;
using Microsoft.Extensions.Options;
using NewsExtract.Extraction.Language;
using NewsExtract.Ingestion.Listing;

namespace NewsExtract.Worker.Hosting;

/// <summary>Checks the worker's settings at start-up, naming every problem, so a bad configuration never half-runs.</summary>
public sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkerOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.OutputDirectory))
            errors.Add("NewsExtract:OutputDirectory must be set.");
        CheckCron(options.Cron, "NewsExtract:Cron", errors);
        if (string.IsNullOrWhiteSpace(options.Cron) && options.Interval <= TimeSpan.Zero)
            errors.Add("NewsExtract:Interval must be positive when no Cron is set.");
        if (options.FetchConcurrency < 1) errors.Add("NewsExtract:FetchConcurrency must be at least 1.");
        if (options.QueueCapacity < 1) errors.Add("NewsExtract:QueueCapacity must be at least 1.");
        if (options.MaxAttempts < 1) errors.Add("NewsExtract:MaxAttempts must be at least 1.");
        CheckStore(options, errors);
        if (options.Sources.Count == 0)
            errors.Add("NewsExtract:Sources must list at least one source (a --config file's sources replace the built-in demo source).");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < options.Sources.Count; i++)
            CheckSource(options.Sources[i], $"NewsExtract:Sources:{i}", seen, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckSource(SourceOptions source, string where, HashSet<string> seen, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(source.Name)) errors.Add($"{where}:Name must be set.");
        else if (!seen.Add(source.Name)) errors.Add($"{where}:Name '{source.Name}' is used by two sources.");
        var type = source.Type?.ToLowerInvariant();
        if (type is null || !SourceOptions.KnownTypes.Contains(type))
        {
            errors.Add($"{where}:Type '{source.Type}' is not a known source type (known: {string.Join(", ", SourceOptions.KnownTypes)}).");
            return;
        }
        CheckCron(source.Cron, $"{where}:Cron", errors);
        if (!string.IsNullOrWhiteSpace(source.Register) && source.Register.ToLowerInvariant() is not (TextRegisters.News or TextRegisters.Web))
            errors.Add($"{where}:Register '{source.Register}' is not a known register (known: {TextRegisters.News}, {TextRegisters.Web}; empty to let the detector judge).");
        if (type == "folder")
        {
            if (string.IsNullOrWhiteSpace(source.Path)) errors.Add($"{where}:Path must be set for a folder source.");
            else if (!Directory.Exists(source.Path)) errors.Add($"{where}:Path '{Path.GetFullPath(source.Path)}' does not exist.");
            return;
        }
        if (string.IsNullOrWhiteSpace(source.Url))
            errors.Add($"{where}:Url must be set for a {type} source.");
        else if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            errors.Add($"{where}:Url '{source.Url}' is not an absolute http or https URL.");
        if (!(source.MaxRequestsPerSecond > 0)) errors.Add($"{where}:MaxRequestsPerSecond must be positive.");
        if (source.MaxConcurrencyPerHost < 1) errors.Add($"{where}:MaxConcurrencyPerHost must be at least 1.");
        if (source.MaxLinksPerPass < 1) errors.Add($"{where}:MaxLinksPerPass must be at least 1.");
        if (source.RevisitAfter < TimeSpan.Zero) errors.Add($"{where}:RevisitAfter must not be negative.");
        if (type == "listing" && string.IsNullOrWhiteSpace(source.LinkXPath))
            errors.Add($"{where}:LinkXPath must be set for a listing source.");
        foreach (var (field, xpath) in new[] { ("LinkXPath", source.LinkXPath), ("TitleXPath", source.TitleXPath), ("BodyXPath", source.BodyXPath), ("DateXPath", source.DateXPath) })
        {
            if (string.IsNullOrWhiteSpace(xpath)) continue;
            var checkable = field == "LinkXPath" && xpath.EndsWith("/@href", StringComparison.Ordinal) ? xpath[..^"/@href".Length] : xpath;
            if (ListingPageParser.Check(checkable) is { } problem) errors.Add($"{where}:{field} '{xpath}' is not valid XPath: {problem}");
        }
    }

    private static void CheckStore(WorkerOptions options, List<string> errors)
    {
        if (!StoreKinds.All.Contains(options.Store, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"NewsExtract:Store '{options.Store}' is not a known store (known: {string.Join(", ", StoreKinds.All)}).");
            return;
        }
        if (!options.UsesPostgres) return;
        if (options.LeaseDuration < TimeSpan.FromSeconds(1)) errors.Add("NewsExtract:LeaseDuration must be at least one second.");
        if (options.HeartbeatInterval < TimeSpan.FromSeconds(1)) errors.Add("NewsExtract:HeartbeatInterval must be at least one second.");
        if (string.IsNullOrWhiteSpace(options.NodeName)) errors.Add("NewsExtract:NodeName must not be empty.");
        if (options.ClusterCheckinInterval < TimeSpan.FromSeconds(1)) errors.Add("NewsExtract:ClusterCheckinInterval must be at least one second.");
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            errors.Add("ConnectionStrings:NewsExtract must be set when NewsExtract:Store is postgres (environment: ConnectionStrings__NewsExtract=Host=…).");
            return;
        }
        try
        {
            var parsed = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrWhiteSpace(parsed.Host)) errors.Add("ConnectionStrings:NewsExtract must name a Host.");
        }
        catch (ArgumentException ex)
        {
            errors.Add($"ConnectionStrings:NewsExtract is not a valid PostgreSQL connection string: {ex.Message}");
        }
    }

    private static void CheckCron(string? cron, string where, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(cron)) return;
        try { CronExpression.Parse(cron); }
        catch (CronFormatException ex) { errors.Add($"{where} '{cron}' is not a valid cron expression: {ex.Message}"); }
    }
}
