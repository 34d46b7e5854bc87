using NewsExtract.Worker.Processing;

namespace NewsExtract.Tests.Processing;

public sealed class OrderedParallelTests
{
    [Fact]
    public async Task Results_come_back_in_input_order_even_when_early_items_finish_last()
    {
        var inputs = Enumerable.Range(0, 40).ToList();
        var results = new List<int>();
        await foreach (var r in OrderedParallel.SelectAsync(inputs, i =>
        {
            Thread.Sleep(i % 4 == 0 ? 30 : 1); // every fourth item is slow
            return i * 10;
        }, threads: 3))
            results.Add(r);
        Assert.Equal(inputs.Select(i => i * 10), results);
    }

    [Fact]
    public async Task Never_runs_more_items_at_once_than_threads_and_keeps_few_in_flight()
    {
        int running = 0, maxRunning = 0, started = 0, handedBack = 0, maxAhead = 0;
        await foreach (var _ in OrderedParallel.SelectAsync(Enumerable.Range(0, 60), i =>
        {
            Interlocked.Increment(ref started);
            int now = Interlocked.Increment(ref running);
            InterlockedMax(ref maxRunning, now);
            InterlockedMax(ref maxAhead, Volatile.Read(ref started) - Volatile.Read(ref handedBack));
            Thread.Sleep(2);
            Interlocked.Decrement(ref running);
            return i;
        }, threads: 2))
            Interlocked.Increment(ref handedBack);
        Assert.True(maxRunning <= 2, $"{maxRunning} items ran at once with 2 threads");
        Assert.True(maxAhead <= 2 * 4 + 1, $"{maxAhead} items were started ahead of the reader");
    }

    [Fact]
    public async Task A_failing_item_surfaces_its_exception_to_the_reader()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in OrderedParallel.SelectAsync(Enumerable.Range(0, 10), i => i == 5 ? throw new InvalidOperationException("item 5") : i, threads: 2))
            {
            }
        });
        Assert.Equal("item 5", error.Message);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
