using System.Diagnostics.Metrics;

namespace NewsExtract.Worker.Processing;

/// <summary>
/// The worker's metrics (meter <c>NewsExtract.Worker</c>): links discovered, pages fetched (ok / not modified),
/// failures by reason, articles extracted by outcome, records published, and stage latencies in milliseconds.
/// Also keeps running totals for the log line at the end of a run.
/// </summary>
public sealed class PipelineMetrics
{
    public const string MeterName = "NewsExtract.Worker";

    private readonly Counter<long> _discovered, _fetched, _failed, _extracted, _published, _reclaimed;
    private readonly Histogram<double> _stageDuration;
    private long _totalDiscovered, _totalFetched, _totalNotModified, _totalFailed, _totalNew, _totalRevised, _totalUnchanged, _totalPublished;

    public PipelineMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _discovered = meter.CreateCounter<long>("newsextract.links.discovered", "{link}", "Article links listed by sources");
        _fetched = meter.CreateCounter<long>("newsextract.pages.fetched", "{page}", "Article pages fetched (outcome: ok or not_modified)");
        _failed = meter.CreateCounter<long>("newsextract.failures", "{failure}", "Failed inputs by stage and reason");
        _extracted = meter.CreateCounter<long>("newsextract.articles.extracted", "{article}", "Articles extracted (outcome: new, revised, unchanged)");
        _published = meter.CreateCounter<long>("newsextract.records.published", "{record}", "Records appended to the feed");
        _reclaimed = meter.CreateCounter<long>("newsextract.leases.reclaimed", "{lease}", "Cluster mode: URLs claimed again after their lease expired (a dead or stalled node)");
        _stageDuration = meter.CreateHistogram<double>("newsextract.stage.duration", "ms", "Time spent per item in each stage (discover, fetch, extract)");
    }

    public void Discovered(string source)
    {
        Interlocked.Increment(ref _totalDiscovered);
        _discovered.Add(1, new KeyValuePair<string, object?>("source", source));
    }

    public void Fetched(string source, bool notModified, double milliseconds)
    {
        if (notModified) Interlocked.Increment(ref _totalNotModified);
        else Interlocked.Increment(ref _totalFetched);
        _fetched.Add(1, new("source", source), new("outcome", notModified ? "not_modified" : "ok"));
        Stage("fetch", milliseconds);
    }

    /// <summary>A URL claimed in cluster mode whose earlier lease (another node's, or this one's) had expired.</summary>
    public void LeaseReclaimed(string source) => _reclaimed.Add(1, new KeyValuePair<string, object?>("source", source));

    public void Failed(string source, string stage, string reason)
    {
        Interlocked.Increment(ref _totalFailed);
        _failed.Add(1, new("source", source), new("stage", stage), new("reason", reason));
    }

    public void Extracted(string source, ProcessingOutcome outcome, double milliseconds)
    {
        if (outcome == ProcessingOutcome.New) Interlocked.Increment(ref _totalNew);
        else if (outcome == ProcessingOutcome.Revised) Interlocked.Increment(ref _totalRevised);
        else Interlocked.Increment(ref _totalUnchanged);
        _extracted.Add(1, new("source", source), new("outcome", outcome.ToString().ToLowerInvariant()));
        Stage("extract", milliseconds);
    }

    public void Published(int records)
    {
        Interlocked.Add(ref _totalPublished, records);
        _published.Add(records);
    }

    public void Stage(string stage, double milliseconds) => _stageDuration.Record(milliseconds, new KeyValuePair<string, object?>("stage", stage));

    /// <summary>The totals since start, for the closing log line.</summary>
    public (long Discovered, long Fetched, long NotModified, long Failed, long New, long Revised, long Unchanged, long Published) Totals() =>
        (Interlocked.Read(ref _totalDiscovered), Interlocked.Read(ref _totalFetched), Interlocked.Read(ref _totalNotModified),
         Interlocked.Read(ref _totalFailed), Interlocked.Read(ref _totalNew), Interlocked.Read(ref _totalRevised),
         Interlocked.Read(ref _totalUnchanged), Interlocked.Read(ref _totalPublished));
}
