using Cronos;

namespace NewsExtract.Worker.Hosting;

/// <summary>When the next pass over the sources is due: by cron expression (UTC) if set, else a fixed interval.</summary>
public sealed class PollSchedule
{
    private readonly CronExpression? _cron;
    private readonly TimeSpan _interval;

    public PollSchedule(string? cron, TimeSpan interval)
    {
        _cron = string.IsNullOrWhiteSpace(cron) ? null : CronExpression.Parse(cron);
        _interval = interval;
    }

    /// <summary>How long to wait after a pass that finished at <paramref name="now"/>.</summary>
    public TimeSpan DelayAfter(DateTimeOffset now)
    {
        if (_cron is null) return _interval;
        var next = _cron.GetNextOccurrence(now, TimeZoneInfo.Utc);
        return next is null ? Timeout.InfiniteTimeSpan : next.Value - now;
    }
}
