using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace NewsExtract.Review.Security;

/// <summary>
/// Slows down guessing the API key: each client address may get the key wrong <see cref="AllowedFailures"/> times
/// in a sliding <see cref="Window"/>; after that its sign-in attempts and keyed requests are refused with 429 (the
/// key is not even checked) until old failures leave the window.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    public const int AllowedFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetSlidingWindowLimiter(client, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = AllowedFailures,
            Window = Window,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Whether the client has used up its wrong keys for now.</summary>
    public bool IsBlocked(HttpContext context) => _failures.GetStatistics(ClientOf(context))?.CurrentAvailablePermits <= 0;

    /// <summary>Counts a wrong key against the client.</summary>
    public void RecordFailure(HttpContext context)
    {
        using var _ = _failures.AttemptAcquire(ClientOf(context));
    }

    /// <summary>Answers 429 with Retry-After.</summary>
    public static async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = ((int)(Window.TotalSeconds / 5)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await context.Response.WriteAsync("Too many wrong keys from this address; try again in a few minutes.");
    }

    public void Dispose() => _failures.Dispose();
}
