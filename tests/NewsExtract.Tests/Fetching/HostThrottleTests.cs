using NewsExtract.Ingestion.Http;

namespace NewsExtract.Tests.Fetching;

public sealed class HostThrottleTests
{
    [Fact]
    public async Task A_new_throttle_makes_the_first_request_wait_for_a_token_so_a_new_pass_adds_no_burst()
    {
        using var throttle = new HostThrottle();
        var url = new Uri("https://agency.example/news/1");
        var limits = new HostLimits(RequestsPerSecond: 0.5, MaxConcurrency: 2);

        var first = throttle.AcquireRequestTokenAsync(url, limits, CancellationToken.None);
        Assert.False(first.IsCompleted, "a fresh host's first request token was handed out at once");
        using var lease = await first;
        Assert.True(lease.IsAcquired);
    }
}
