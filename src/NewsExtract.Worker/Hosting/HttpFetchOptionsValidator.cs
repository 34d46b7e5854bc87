using Microsoft.Extensions.Options;
using NewsExtract.Ingestion.Http;

namespace NewsExtract.Worker.Hosting;

/// <summary>Checks <c>NewsExtract:Http</c> at start-up: positive timeouts and limits, a total timeout above the attempt timeout.</summary>
public sealed class HttpFetchOptionsValidator : IValidateOptions<HttpFetchOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpFetchOptions options)
    {
        const string where = HttpFetchOptions.SectionName;
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.UserAgent)) errors.Add($"{where}:UserAgent must be set.");
        if (options.AttemptTimeout <= TimeSpan.Zero) errors.Add($"{where}:AttemptTimeout must be positive.");
        if (options.TotalTimeout < options.AttemptTimeout) errors.Add($"{where}:TotalTimeout must be at least AttemptTimeout.");
        if (options.MaxRetries is < 0 or > 20) errors.Add($"{where}:MaxRetries must be between 0 and 20.");
        if (options.RetryBaseDelay <= TimeSpan.Zero) errors.Add($"{where}:RetryBaseDelay must be positive.");
        if (options.RetryMaxDelay < options.RetryBaseDelay) errors.Add($"{where}:RetryMaxDelay must be at least RetryBaseDelay.");
        if (options.MaxBodyBytes < 1024) errors.Add($"{where}:MaxBodyBytes must be at least 1024.");
        if (options.MaxRedirects is < 0 or > 20) errors.Add($"{where}:MaxRedirects must be between 0 and 20.");
        if (options.CircuitBreakerFailureRatio is <= 0 or > 1) errors.Add($"{where}:CircuitBreakerFailureRatio must be in (0, 1].");
        if (options.CircuitBreakerSamplingDuration < TimeSpan.FromMilliseconds(500)) errors.Add($"{where}:CircuitBreakerSamplingDuration must be at least 0.5 s.");
        if (options.CircuitBreakerBreakDuration < TimeSpan.FromMilliseconds(500)) errors.Add($"{where}:CircuitBreakerBreakDuration must be at least 0.5 s.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
