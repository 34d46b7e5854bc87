using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace NewsExtract.Worker.Progress;

/// <summary>
/// Shows how far a long command has got. On a terminal (stderr not redirected) a Spectre.Console progress bar on
/// stderr with count, rate and ETA; otherwise one log line on stderr every <c>interval</c> with the same numbers
/// ("progress: extract 120/2,000 articles (6 %), 45.2 articles/s, ETA 00:00:41"), so a job log shows that it moves.
/// Stdout is left alone for the command's own output. <see cref="StartAboveOutput"/> is for commands whose own output
/// is lines written as they work (fold results, log lines): the bar is drawn on stdout, below those lines, only when
/// stdout is a terminal, and nothing is shown otherwise. Thread-safe; dispose to finish.
/// </summary>
public sealed class ProgressReporter : IAsyncDisposable
{
    private readonly string _what;
    private readonly string _unit;
    private long _total;
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _display;
    private readonly TaskCompletionSource _barShown = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TextWriter? _replacedOut;
    private readonly TextWriter? _replacedError;
    private readonly bool _logLines;
    private ProgressTask? _bar;
    private long _done;

    private ProgressReporter(string what, string unit, long total, TimeSpan interval, bool terminal)
    {
        _what = what;
        _unit = unit;
        _total = Math.Max(0, total);
        _logLines = !terminal;
        _display = terminal ? RunBarAsync(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })) : RunLogAsync(interval);
    }

    /// <summary>A bar on stdout below the lines the command writes to <see cref="Console.Out"/> meanwhile (which it passes above the bar), or no display.</summary>
    private ProgressReporter(string what, string unit, long total, bool show)
    {
        _what = what;
        _unit = unit;
        _total = Math.Max(0, total);
        if (!show)
        {
            _display = Task.CompletedTask;
            return;
        }
        _replacedOut = Console.Out;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_replacedOut) });
        Console.SetOut(new LinesAboveProgress(console, _replacedOut.Encoding));
        if (!Console.IsErrorRedirected)
        {
            // stderr is the same terminal: its lines (warnings) go above the bar too
            _replacedError = Console.Error;
            Console.SetError(new LinesAboveProgress(console, _replacedError.Encoding));
        }
        _display = RunBarAsync(console);
        // lines written before the bar is drawn would be drawn over by it
        _barShown.Task.Wait(TimeSpan.FromSeconds(2));
    }

    /// <summary>Starts reporting <paramref name="total"/> items of work (0 when unknown).</summary>
    public static ProgressReporter Start(string what, string unit, long total, TimeSpan? interval = null) =>
        new(what, unit, total, interval ?? TimeSpan.FromSeconds(10), terminal: !Console.IsErrorRedirected);

    /// <summary>
    /// Starts a bar for a command that writes its results line by line to stdout as it works: on a terminal (stdout not
    /// redirected, and <paramref name="quiet"/> false, e.g. no <c>--json</c>) the bar is drawn on stdout and every line
    /// written to <see cref="Console.Out"/> until dispose is passed above it; otherwise nothing is shown and stdout is
    /// left as it is.
    /// </summary>
    public static ProgressReporter StartAboveOutput(string what, string unit, long total, bool quiet = false) =>
        new(what, unit, total, show: !quiet && !Console.IsOutputRedirected);

    public long Done => Interlocked.Read(ref _done);

    /// <summary>Changes the total when the amount of work becomes known as it goes (0: unknown).</summary>
    public void SetTotal(long total)
    {
        Interlocked.Exchange(ref _total, Math.Max(0, total));
        if (_bar is { } bar && total > 0)
        {
            bar.IsIndeterminate = false;
            bar.MaxValue = total;
        }
    }

    public void Advance(long items = 1)
    {
        Interlocked.Add(ref _done, items);
        _bar?.Increment(items);
    }

    public async ValueTask DisposeAsync()
    {
        _finished.TrySetResult();
        await _display;
        if (_replacedOut is not null)
        {
            await Console.Out.FlushAsync();
            Console.SetOut(_replacedOut);
        }
        if (_replacedError is not null)
        {
            await Console.Error.FlushAsync();
            Console.SetError(_replacedError);
        }
        if (_logLines) WriteLine(final: true);
    }

    private async Task RunBarAsync(IAnsiConsole console)
    {
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ItemRateColumn(_unit),
                new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                long total = Interlocked.Read(ref _total);
                var bar = context.AddTask(Markup.Escape(_what), maxValue: total > 0 ? total : 1);
                bar.IsIndeterminate = total == 0;
                bar.Increment(Done);
                _bar = bar;
                context.Refresh();
                _barShown.TrySetResult();
                await _finished.Task;
                if (Interlocked.Read(ref _total) == 0) bar.Value = bar.MaxValue;
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
        long done = Done, total = Interlocked.Read(ref _total);
        double seconds = Math.Max(_elapsed.Elapsed.TotalSeconds, 1e-3), rate = done / seconds;
        var inv = CultureInfo.InvariantCulture;
        var line = total > 0
            ? string.Create(inv, $"progress: {_what} {done:N0}/{total:N0} {_unit} ({100.0 * done / total:F0} %), {rate:N1} {_unit}/s, ")
              + (final ? string.Create(inv, $"done in {_elapsed.Elapsed:hh\\:mm\\:ss}") : rate > 0 ? string.Create(inv, $"ETA {TimeSpan.FromSeconds(Math.Max(0, (total - done) / rate)):hh\\:mm\\:ss}") : "ETA unknown")
            : string.Create(inv, $"progress: {_what} {done:N0} {_unit}, {rate:N1} {_unit}/s, {(final ? "done in" : "running for")} {_elapsed.Elapsed:hh\\:mm\\:ss}");
        Console.Error.WriteLine(line);
    }
}
