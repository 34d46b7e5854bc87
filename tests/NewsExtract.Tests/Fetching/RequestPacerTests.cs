using Microsoft.Extensions.Time.Testing;
using NewsExtract.Ingestion.Http;

namespace NewsExtract.Tests.Fetching;

public sealed class RequestPacerTests
{
    [Fact]
    public async Task Requests_go_through_one_period_apart_in_arrival_order_and_a_new_pacer_waits_a_period_first()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-03T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var pacer = new RequestPacer(TimeSpan.FromMilliseconds(200), time);
        var order = new List<int>();
        var turns = Enumerable.Range(0, 3).Select(async i => { await pacer.WaitTurnAsync(CancellationToken.None); lock (order) order.Add(i); }).ToList();

        await Task.Delay(50);
        Assert.Empty(order);                       // nothing before the first period has passed
        time.Advance(TimeSpan.FromMilliseconds(200));
        await WaitFor(() => order.Count == 1);
        time.Advance(TimeSpan.FromMilliseconds(199));
        await Task.Delay(50);
        Assert.Single(order);                      // 199 ms after the first: the second still waits
        time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitFor(() => order.Count == 2);
        time.Advance(TimeSpan.FromMilliseconds(200));
        await Task.WhenAll(turns);
        Assert.Equal([0, 1, 2], order);
    }

    [Fact]
    public async Task A_late_turn_does_not_let_the_next_one_through_early()
    {
        var time = new FakeTimeProvider();
        using var pacer = new RequestPacer(TimeSpan.FromMilliseconds(200), time);
        time.Advance(TimeSpan.FromSeconds(5));     // idle for long: one request may go at once, not a burst
        await pacer.WaitTurnAsync(CancellationToken.None);
        var second = pacer.WaitTurnAsync(CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(200));
        await second;
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (int i = 0; i < 200 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }
}
