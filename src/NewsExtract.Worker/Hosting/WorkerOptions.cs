namespace NewsExtract.Worker.Hosting;

/// <summary>The worker's settings, bound from the <c>NewsExtract</c> section of appsettings.json (HTTP settings: <c>NewsExtract:Http</c>).</summary>
public sealed class WorkerOptions
{
    public const string SectionName = "NewsExtract";

    /// <summary>Where the state database and the feed go; relative paths are relative to the current folder.</summary>
    public string OutputDirectory { get; set; } = "out";

    /// <summary>The default cron expression (five fields, UTC) for sources without their own; when empty, <see cref="Interval"/> is used.</summary>
    public string? Cron { get; set; }

    /// <summary>The pause between passes when neither the source nor the worker sets a cron expression.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Run one pass over the sources, drain the queues, publish, and stop (the <c>--once</c> flag).</summary>
    public bool RunOnce { get; set; }

    /// <summary>Pages fetched at once across all sources (each host's own limit still applies).</summary>
    public int FetchConcurrency { get; set; } = 4;

    /// <summary>Articles extracted at once (0: one per core); the <c>--threads</c> option of <c>run</c> overrides it.</summary>
    public int ExtractionThreads { get; set; }

    /// <summary>An article text longer than this many characters is cut (at a paragraph break) before extraction, with a warning.</summary>
    public int MaxArticleChars { get; set; } = NewsExtract.Core.Articles.ArticleSizeCap.DefaultMaxChars;

    /// <summary>Extraction time one article may take; past it the article is recorded as failed and not tried again (until its content changes).</summary>
    public TimeSpan ArticleTimeBudget { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the running worker logs a progress line with its counts.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The capacity of each queue between stages; a full queue makes the stage before it wait.</summary>
    public int QueueCapacity { get; set; } = 64;

    /// <summary>Passes a URL that keeps failing transiently stays queued before it is given up.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Health turns Degraded when a source has not finished a pass for this long.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromHours(2);

    public List<SourceOptions> Sources { get; set; } = [];

    /// <summary>Which engine keeps the state: <c>sqlite</c> (the embedded default, <see cref="StateDatabasePath"/>) or <c>postgres</c> (a cluster's shared database).</summary>
    public string Store { get; set; } = StoreKinds.Sqlite;

    /// <summary>The PostgreSQL connection string (<c>ConnectionStrings:NewsExtract</c>, or <c>ConnectionStrings__NewsExtract</c> in the environment).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// In cluster mode (the PostgreSQL store), how long a claimed URL stays leased to this node: a URL a dead node
    /// leased is claimed again by another once its lease expires. Must exceed one page's fetch and extraction.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>This node's name in leases and logs (default: machine name and process id).</summary>
    public string NodeName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>
    /// A running cluster node's check-in with the clustered schedule store: a node silent for twice this long is taken
    /// for dead and its schedules recovered by another; also how often an idle node looks for due schedules.
    /// </summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>
    /// In cluster mode, how often a node reports itself alive in the shared store (<c>nodes</c>); <c>health</c> counts a
    /// node alive when it reported within three intervals.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A node that reported within this long is alive (three heartbeats).</summary>
    public TimeSpan NodeAliveWindow => 3 * HeartbeatInterval;

    /// <summary>True when the state lives in PostgreSQL.</summary>
    public bool UsesPostgres => string.Equals(Store, StoreKinds.Postgres, StringComparison.OrdinalIgnoreCase);

    public string StateDatabasePath => Path.Combine(OutputDirectory, "state.db");

    public string FeedDirectory => Path.Combine(OutputDirectory, "feed");
}
