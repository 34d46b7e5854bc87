namespace NewsExtract.Worker.Hosting;

/// <summary>One configured source of articles (an entry of <c>NewsExtract:Sources</c>).</summary>
public sealed class SourceOptions
{
    public static readonly IReadOnlyList<string> KnownTypes = ["folder", "feed", "rss", "atom", "sitemap", "listing"];

    public string Name { get; set; } = string.Empty;

    /// <summary>
    /// <c>folder</c> (local .txt/.json/.html files), <c>feed</c> (RSS or Atom, detected; <c>rss</c> and <c>atom</c>
    /// are accepted as names for it), <c>sitemap</c> (sitemap, news sitemap or sitemap index) or <c>listing</c>
    /// (an HTML page whose article links <see cref="LinkXPath"/> selects).
    /// </summary>
    public string Type { get; set; } = "folder";

    /// <summary>For a folder source: the folder, relative to the current folder unless absolute.</summary>
    public string? Path { get; set; }

    /// <summary>For a web source: the feed, sitemap or listing page URL.</summary>
    public string? Url { get; set; }

    /// <summary>When this source is polled (cron, five fields, UTC); the worker's Cron/Interval when empty.</summary>
    public string? Cron { get; set; }

    /// <summary>Requests per second to this source's hosts (fractions allowed: 0.5 is one request every two seconds).</summary>
    public double MaxRequestsPerSecond { get; set; } = 1;

    /// <summary>Requests in flight at once to one of this source's hosts.</summary>
    public int MaxConcurrencyPerHost { get; set; } = 2;

    /// <summary>For a listing source: the XPath selecting article links (elements with href, or …/@href).</summary>
    public string? LinkXPath { get; set; }

    /// <summary>Optional XPath overrides for article pages whose layout is known.</summary>
    public string? TitleXPath { get; set; }

    public string? BodyXPath { get; set; }

    public string? DateXPath { get; set; }

    /// <summary>
    /// The kind of writing the source publishes, when known: <c>news</c> (edited copy) or <c>web</c> (a forum, blog or
    /// review site, whose names the entity recogniser tags in its web register). Empty: the register detector judges
    /// each article.
    /// </summary>
    public string? Register { get; set; }

    /// <summary>The most links taken from the source in one pass.</summary>
    public int MaxLinksPerPass { get; set; } = 500;

    /// <summary>
    /// How long an article page fetched before is left alone when the source lists it again (unless the source
    /// gives a newer date for it); after that it is fetched again with a conditional GET to catch revisions.
    /// </summary>
    public TimeSpan RevisitAfter { get; set; } = TimeSpan.FromHours(6);

    public bool IsWeb => !string.Equals(Type, "folder", StringComparison.OrdinalIgnoreCase);
}
