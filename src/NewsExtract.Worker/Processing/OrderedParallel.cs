namespace NewsExtract.Worker.Processing;

/// <summary>
/// Runs a function over a sequence on up to N threads at once and hands the results back in input order. At most
/// <c>threads × 4</c> items are in flight (started but not yet handed back), so memory stays bounded however long
/// the input is and however slow one item is.
/// </summary>
public static class OrderedParallel
{
    public static async IAsyncEnumerable<TResult> SelectAsync<TInput, TResult>(
        IEnumerable<TInput> inputs, Func<TInput, TResult> work, int threads,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        int window = threads * 4;
        using var running = new SemaphoreSlim(threads, threads);
        var inFlight = new Queue<Task<TResult>>(window);
        try
        {
            foreach (var input in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (inFlight.Count >= window) yield return await inFlight.Dequeue().ConfigureAwait(false);
                inFlight.Enqueue(Run(input));
            }
            while (inFlight.Count > 0) yield return await inFlight.Dequeue().ConfigureAwait(false);
        }
        finally
        {
            // Never leave work running against a semaphore that is about to be disposed.
            foreach (var task in inFlight)
            {
                try { await task.ConfigureAwait(false); }
                catch (Exception) { /* the caller has stopped reading; its results are dropped */ }
            }
        }

        async Task<TResult> Run(TInput input)
        {
            await running.WaitAsync(cancellationToken).ConfigureAwait(false);
            try { return await Task.Run(() => work(input), cancellationToken).ConfigureAwait(false); }
            finally { running.Release(); }
        }
    }
}
