using Microsoft.Extensions.Time.Testing;
using NewsExtract.Review.Reviewers;

namespace NewsExtract.Tests.Review;

/// <summary>The reviewer sign-in throttle on a fake clock: per name and address, and per name across addresses.</summary>
public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Wrong_secrets_from_one_address_lock_the_name_there_and_not_for_the_reviewer_elsewhere()
    {
        var throttle = new SignInThrottle(_clock);
        for (int i = 0; i < SignInThrottle.AllowedFailures; i++) throttle.RecordFailure("Ann", "203.0.113.9");
        Assert.Equal(SignInThrottle.Lockout, throttle.LockedFor("ann", "203.0.113.9"));
        Assert.Null(throttle.LockedFor("Ann", "198.51.100.4"));
        Assert.Null(throttle.LockedFor("Bob", "203.0.113.9"));
        _clock.Advance(SignInThrottle.Lockout);
        Assert.Null(throttle.LockedFor("Ann", "203.0.113.9"));
    }

    [Fact]
    public void Guessing_spread_over_many_addresses_locks_the_name_everywhere()
    {
        var throttle = new SignInThrottle(_clock);
        for (int i = 0; i < SignInThrottle.AllowedFailuresFromAllClients; i++)
            throttle.RecordFailure("Ann", $"192.0.2.{i % (SignInThrottle.AllowedFailures * 2 + 1)}");
        Assert.NotNull(throttle.LockedFor("Ann", "198.51.100.4"));
        Assert.Null(throttle.LockedFor("Bob", "198.51.100.4"));
    }

    [Fact]
    public void A_right_secret_clears_the_counts_from_every_address()
    {
        var throttle = new SignInThrottle(_clock);
        for (int i = 0; i < SignInThrottle.AllowedFailures - 1; i++)
        {
            throttle.RecordFailure("Ann", "203.0.113.9");
            throttle.RecordFailure("Ann", "198.51.100.4");
        }
        throttle.RecordSuccess("ANN");
        throttle.RecordFailure("Ann", "203.0.113.9");
        throttle.RecordFailure("Ann", "198.51.100.4");
        Assert.Null(throttle.LockedFor("Ann", "203.0.113.9"));
        Assert.Null(throttle.LockedFor("Ann", "198.51.100.4"));
    }
}
