using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace NewsExtract.Worker.Progress;

/// <summary>
/// Shows how far a long command has got. On a terminal (stderr not redirected) a Spectre.Console progress bar on
/// stderr with count, rate and ETA; otherwise one log line on stderr every <c>interval</c> with the same numbers
/// ("progress: extract 120/2,000 articles (6 %), 45.2 articles/s, ETA 00:00:41"), so a job log shows that it moves.
/// Stdout is left alone for the command's own output. Thread-safe; dispose to finish.
/// </summary>
public sealed class ProgressReporter : IAsyncDisposable
{
    private readonly string _what;
    private readonly string _unit;
    private readonly long _total;
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _display;
    private ProgressTask? _bar;
    private long _done;

    private ProgressReporter(string what, string unit, long total, TimeSpan interval, bool terminal)
    {
        _what = what;
        _unit = unit;
        _total = Math.Max(0, total);
        _display = terminal ? RunBarAsync() : RunLogAsync(interval);
    }

    /// <summary>Starts reporting <paramref name="total"/> items of work (0 when unknown).</summary>
    public static ProgressReporter Start(string what, string unit, long total, TimeSpan? interval = null) =>
        new(what, unit, total, interval ?? TimeSpan.FromSeconds(10), terminal: !Console.IsErrorRedirected);

    public long Done => Interlocked.Read(ref _done);

    public void Advance(long items = 1)
    {
        Interlocked.Add(ref _done, items);
        _bar?.Increment(items);
    }

    public async ValueTask DisposeAsync()
    {
        _finished.TrySetResult();
        await _display;
        if (Console.IsErrorRedirected) WriteLine(final: true);
    }

    private async Task RunBarAsync()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ItemRateColumn(_unit),
                new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask(Markup.Escape(_what), maxValue: _total > 0 ? _total : 1);
                bar.IsIndeterminate = _total == 0;
                bar.Increment(Done);
                _bar = bar;
                await _finished.Task;
                if (_total == 0) bar.Value = bar.MaxValue;
                bar.StopTask();
            });
    }

    private async Task RunLogAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        while (await Task.WhenAny(_finished.Task, timer.WaitForNextTickAsync().AsTask()) != _finished.Task)
            WriteLine(final: false);
    }

    private void WriteLine(bool final)
    {
        long done = Done;
        double seconds = Math.Max(_elapsed.Elapsed.TotalSeconds, 1e-3), rate = done / seconds;
        var inv = CultureInfo.InvariantCulture;
        var line = _total > 0
            ? string.Create(inv, $"progress: {_what} {done:N0}/{_total:N0} {_unit} ({100.0 * done / _total:F0} %), {rate:N1} {_unit}/s, ")
              + (final ? string.Create(inv, $"done in {_elapsed.Elapsed:hh\\:mm\\:ss}") : rate > 0 ? string.Create(inv, $"ETA {TimeSpan.FromSeconds(Math.Max(0, (_total - done) / rate)):hh\\:mm\\:ss}") : "ETA unknown")
            : string.Create(inv, $"progress: {_what} {done:N0} {_unit}, {rate:N1} {_unit}/s, {(final ? "done in" : "running for")} {_elapsed.Elapsed:hh\\:mm\\:ss}");
        Console.Error.WriteLine(line);
    }
}
