namespace NewsExtract.Worker.Hosting;

/// <summary>The worker's settings, bound from the <c>NewsExtract</c> section of appsettings.json.</summary>
public sealed class WorkerOptions
{
    public const string SectionName = "NewsExtract";

    /// <summary>Where the state database and the feed go; relative paths are relative to the current folder.</summary>
    public string OutputDirectory { get; set; } = "out";

    /// <summary>A cron expression (five fields, UTC) for when to poll the sources; when empty, <see cref="Interval"/> is used.</summary>
    public string? Cron { get; set; }

    /// <summary>The pause between passes when no cron expression is set.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Run one pass over the sources, publish, and stop (the <c>--once</c> flag).</summary>
    public bool RunOnce { get; set; }

    public List<SourceOptions> Sources { get; set; } = [];

    public string StateDatabasePath => Path.Combine(OutputDirectory, "state.db");

    public string FeedDirectory => Path.Combine(OutputDirectory, "feed");
}
