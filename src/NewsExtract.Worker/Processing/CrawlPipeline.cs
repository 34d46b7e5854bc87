using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsExtract.Core.Articles;
using NewsExtract.Ingestion.Http;
using NewsExtract.Ingestion.Sources;
using NewsExtract.Storage.Feed;
using NewsExtract.Storage.State;
using NewsExtract.Worker.Hosting;
using NewsExtract.Worker.Scheduling;

namespace NewsExtract.Worker.Processing;

/// <summary>
/// The running worker's three stages, joined by bounded channels so a slow stage holds back the one before it:
/// <list type="number">
/// <item>discovery — one loop per source on its own schedule: URLs the source lists go into the SQLite frontier
/// (so they survive a crash or a stop) and then into the fetch queue; URLs left in the frontier by an earlier run
/// are queued first;</item>
/// <item>fetch — <c>FetchConcurrency</c> workers fetch pages politely (conditional GET for pages seen before);</item>
/// <item>extract — <c>ExtractionThreads</c> workers (default one per core) each extract a page or folder article,
/// dedupe it, and commit record, validators and frontier removal in one transaction; the outbox is published to the
/// feed every 50 articles and whenever the queue runs dry (one publisher at a time).</item>
/// </list>
/// On shutdown, discovery and fetching stop at once (an interrupted fetch stays in the frontier for the next run)
/// while pages already fetched are extracted and published before the pipeline returns.
/// In cluster mode (the PostgreSQL store) discovery only adds URLs to the shared frontier, and fetch work is claimed
/// from it (<see cref="IHostWorkQueue"/>: a due host, one URL leased to this node, the host's next fetch pushed by its
/// delay), so every node shares the queue and each host's politeness; only the feed exporter node publishes.
/// </summary>
public sealed class CrawlPipeline(
    SourceCatalog catalog,
    PageFetcher fetcher,
    HostPauses hostPauses,
    WebArticleBuilder articleBuilder,
    ArticleProcessor processor,
    JsonLinesFeed feed,
    FeedExporter exporter,
    IHostWorkQueue hostQueue,
    IRecordOutbox outbox,
    ICrawlFrontier frontier,
    IFailureLog failures,
    ISourceRunLog runs,
    PipelineMetrics metrics,
    IOptions<WorkerOptions> options,
    TimeProvider timeProvider,
    ILogger<CrawlPipeline> logger,
    ClusterSchedules? clusterSchedules = null,
    ClusterHostGate? clusterGate = null)
{
    private const int PublishEvery = 50;

    /// <summary>In a <c>--once</c> run, a host paused for at most this long is waited for once and its URLs retried.</summary>
    public static readonly TimeSpan LongestPauseWaitedInOnePass = TimeSpan.FromMinutes(2);

    private int _fetchesOutstanding;
    private readonly ConcurrentDictionary<string, byte> _queued = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Until)> _leftForPausedHosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private int _sincePublish;
    private readonly ConcurrentDictionary<string, byte> _hostDelaysSet = new(StringComparer.Ordinal);

    private bool Cluster => options.Value.UsesPostgres;

    public async Task RunAsync(bool once, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var channelOptions = new BoundedChannelOptions(settings.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait };
        var fetchQueue = Channel.CreateBounded<PageRequest>(channelOptions);
        var extractQueue = Channel.CreateBounded<ExtractionItem>(channelOptions);

        int extractionThreads = settings.ExtractionThreads > 0 ? settings.ExtractionThreads : Environment.ProcessorCount;
        var extractors = Enumerable.Range(0, extractionThreads)
            .Select(_ => Task.Run(() => ExtractLoopAsync(extractQueue.Reader), CancellationToken.None))
            .ToArray();
        // Discovery starts only once the loops are counted as running (a --once cluster fetcher waits for it to end).
        var discoveryGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var discovery = Task.Run(async () =>
        {
            await discoveryGate.Task;
            // A running cluster node leaves web sources' schedules to the clustered job store (SourceDiscoveryJob).
            var scheduled = Cluster && !once && clusterSchedules is not null;
            if (scheduled) await clusterSchedules!.EnsureAsync(catalog.Sources.Where(s => s.Links is not null), stoppingToken);
            await Task.WhenAll(catalog.Sources.Where(source => !(scheduled && source.Links is not null)).Select(source =>
                Task.Run(() => DiscoveryLoopAsync(source, once, fetchQueue.Writer, extractQueue.Writer, stoppingToken), CancellationToken.None)));
        }, CancellationToken.None);
        var fetchers = Enumerable.Range(0, settings.FetchConcurrency)
            .Select(_ => Cluster
                ? Task.Run(() => ClaimingFetchLoopAsync(discovery, once, extractQueue.Writer, stoppingToken), CancellationToken.None)
                : Task.Run(() => FetchLoopAsync(fetchQueue.Reader, extractQueue.Writer, stoppingToken), CancellationToken.None))
            .ToArray();
        using var stopProgress = new CancellationTokenSource();
        var progress = Task.Run(() => ProgressLoopAsync(stopProgress.Token), CancellationToken.None);
        var renewal = Cluster ? Task.Run(() => RenewLeasesLoopAsync(stopProgress.Token), CancellationToken.None) : Task.CompletedTask;
        try
        {
            discoveryGate.SetResult();
            await discovery;
            if (once && !Cluster) await ResumePausedHostsAsync(fetchQueue.Writer, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            discoveryGate.TrySetResult();
            fetchQueue.Writer.TryComplete();
            // Cluster fetchers end on their own: on stop, or in a --once run when nothing more is due.
            await Task.WhenAll(fetchers);
            extractQueue.Writer.TryComplete();
            await Task.WhenAll(extractors);
            await PublishAsync();
            if (Cluster && once) await exporter.DrainAsync(outbox, TimeSpan.FromSeconds(30), timeProvider);
            await stopProgress.CancelAsync();
            await progress;
            await renewal;
            LogPausedHosts();
            var (discovered, fetched, notModified, failed, created, revised, unchanged, published) = metrics.Totals();
            logger.LogInformation(
                "Run totals: {Discovered} links discovered, {Fetched} pages fetched, {NotModified} not modified, {Failed} failed, " +
                "{New} new, {Revised} revised, {Unchanged} unchanged, {Published} records published to {Feed}",
                discovered, fetched, notModified, failed, created, revised, unchanged, published, feed.Directory);
        }
    }

    /// <summary>Every ProgressInterval, one structured log line with the counts so far, so a long pass shows that it moves.</summary>
    private async Task ProgressLoopAsync(CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        var interval = options.Value.ProgressInterval > TimeSpan.Zero ? options.Value.ProgressInterval : TimeSpan.FromSeconds(10);
        using var timer = new PeriodicTimer(interval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var (discovered, fetched, _, failed, created, revised, unchanged, published) = metrics.Totals();
                long extracted = created + revised + unchanged;
                double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                logger.LogInformation(
                    "Progress: {Extracted} articles extracted ({Rate:0.0}/s; {New} new, {Revised} revised, {Unchanged} unchanged), {Failed} failed, {Published} published, {Discovered} discovered, {Fetched} fetched",
                    extracted, extracted / Math.Max(seconds, 1e-3), created, revised, unchanged, failed, published, discovered, fetched);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Cluster mode: every third of <c>LeaseDuration</c>, extends this node's leases on the URLs it still has in hand
    /// (fetching, queued for extraction, extracting), so a page slower than one lease on a busy node is not claimed
    /// again by another; a dead node renews nothing and its leases expire.
    /// </summary>
    private async Task RenewLeasesLoopAsync(CancellationToken stop)
    {
        var settings = options.Value;
        var interval = settings.LeaseDuration / 3 > TimeSpan.FromSeconds(1) ? settings.LeaseDuration / 3 : TimeSpan.FromSeconds(1);
        using var timer = new PeriodicTimer(interval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var inHand = _queued.Keys.ToList();
                if (inHand.Count == 0) continue;
                try { hostQueue.RenewLeases(settings.NodeName, inHand, settings.LeaseDuration, hostQueue.Now()); }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Node {Node} could not renew its leases; they expire unless renewed at the next try", settings.NodeName);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Cluster mode: one discovery pass of a web source, when its trigger fires on this node; its URLs go to the shared frontier.</summary>
    public async Task DiscoverScheduledAsync(string sourceName, CancellationToken cancellationToken)
    {
        var source = catalog.Sources.FirstOrDefault(s => s.Links is not null && string.Equals(s.Name, sourceName, StringComparison.OrdinalIgnoreCase));
        if (source is null)
        {
            logger.LogWarning("Source {Source} fired in the cluster's schedule but this node's settings do not list it as a web source", sourceName);
            return;
        }
        // In cluster mode a web source's pass writes only to the shared frontier, never to this node's queues.
        var unused = Channel.CreateUnbounded<PageRequest>();
        var unusedExtract = Channel.CreateUnbounded<ExtractionItem>();
        await DiscoverOnceAsync(source, unused.Writer, unusedExtract.Writer, cancellationToken);
    }

    private async Task DiscoveryLoopAsync(ConfiguredSource source, bool once, ChannelWriter<PageRequest> fetchQueue,
        ChannelWriter<ExtractionItem> extractQueue, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await DiscoverOnceAsync(source, fetchQueue, extractQueue, stoppingToken);
                if (once) break;
                var delay = source.Schedule.DelayAfter(timeProvider.GetUtcNow());
                logger.LogInformation("Source {Source}: next pass in {Delay}", source.Name, delay);
                await Task.Delay(delay, timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task DiscoverOnceAsync(ConfiguredSource source, ChannelWriter<PageRequest> fetchQueue,
        ChannelWriter<ExtractionItem> extractQueue, CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        runs.SourceRunStarted(source.Name, timeProvider.GetUtcNow());
        int found = 0, queued = 0;
        string? error = null;
        try
        {
            if (source.Folder is { } folder)
            {
                await foreach (var item in folder.ReadAsync(stoppingToken))
                {
                    found++;
                    metrics.Discovered(source.Name);
                    await extractQueue.WriteAsync(new ExtractionItem(source, item.Input, null, null, item.Article, item.Error), stoppingToken);
                }
            }
            else if (source.Links is { } links)
            {
                if (!Cluster)
                {
                    foreach (var leftover in frontier.Frontier(source.Name))
                        if (await QueueAsync(source, new Uri(leftover.Url), null, fetchQueue, stoppingToken)) queued++;
                }
                await foreach (var link in links.DiscoverAsync(stoppingToken))
                {
                    found++;
                    metrics.Discovered(source.Name);
                    var known = frontier.FindPage(link.Url.AbsoluteUri);
                    if (!IsDue(source, link, known)) continue;
                    if (failures.IsDropped(source.Name, link.Url.AbsoluteUri, link.PublishedAt)) continue;
                    if (Cluster)
                    {
                        // Claimed from the shared frontier by whichever node's turn it is (ClaimingFetchLoopAsync);
                        // not queued again when another node fetched and completed it since FindPage above.
                        SetHostDelayOnce(source, link.Url);
                        if (frontier.EnqueueUnlessFetchedSince(source.Name, link.Url.AbsoluteUri, known?.FetchedAt, timeProvider.GetUtcNow())) queued++;
                        continue;
                    }
                    frontier.Enqueue(source.Name, link.Url.AbsoluteUri, timeProvider.GetUtcNow());
                    if (await QueueAsync(source, link.Url, link, fetchQueue, stoppingToken)) queued++;
                }
            }
        }
        catch (SourceDiscoveryException ex)
        {
            error = ex.Reason;
            metrics.Failed(source.Name, "discover", ex.Transient ? "source_transient" : "source");
            logger.LogWarning("Source {Source}: discovery failed: {Reason}", source.Name, ex.Reason);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error = ex.GetType().Name + ": " + ex.Message;
            metrics.Failed(source.Name, "discover", "error");
            logger.LogError(ex, "Source {Source}: discovery failed", source.Name);
        }
        finally
        {
            metrics.Stage("discover", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            runs.SourceRunFinished(source.Name, found, error, timeProvider.GetUtcNow());
        }
        logger.LogInformation("Source {Source}: pass listed {Found} items, queued {Queued} pages in {Elapsed:0} ms",
            source.Name, found, queued, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    // A page processed before is fetched again only after RevisitAfter, or when the source gives it a newer date.
    private bool IsDue(ConfiguredSource source, DiscoveredLink link, PageState? known)
    {
        if (known is not { ArticleId: not null } page) return true;
        if (link.PublishedAt is { } date && date > page.FetchedAt) return true;
        return timeProvider.GetUtcNow() - page.FetchedAt >= source.Options.RevisitAfter;
    }

    private async Task<bool> QueueAsync(ConfiguredSource source, Uri url, DiscoveredLink? link, ChannelWriter<PageRequest> fetchQueue, CancellationToken stoppingToken)
    {
        if (!_queued.TryAdd(url.AbsoluteUri, 0)) return false;
        Interlocked.Increment(ref _fetchesOutstanding);
        try
        {
            await fetchQueue.WriteAsync(new PageRequest(source, url, link), stoppingToken);
            return true;
        }
        catch
        {
            Interlocked.Decrement(ref _fetchesOutstanding);
            _queued.TryRemove(url.AbsoluteUri, out _);
            throw;
        }
    }

    // A --once run does not end on a host whose pause is short (a circuit breaker's break): once the fetch queue is
    // idle it waits for the pause to end, then queues the host's URLs again (never-tried ones first, so the breaker's
    // probe is not a page that failed before). Each host is waited for once; a host paused again, or for longer,
    // keeps its URLs queued for the next run.
    private async Task ResumePausedHostsAsync(ChannelWriter<PageRequest> fetchQueue, CancellationToken stoppingToken)
    {
        var resumed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            while (Volatile.Read(ref _fetchesOutstanding) > 0)
                await Task.Delay(TimeSpan.FromMilliseconds(100), timeProvider, stoppingToken);
            var now = timeProvider.GetUtcNow();
            var next = _leftForPausedHosts
                .Where(h => !resumed.Contains(h.Key) && h.Value.Until - now <= LongestPauseWaitedInOnePass)
                .OrderBy(h => h.Value.Until)
                .Select(h => (Host: h.Key, h.Value.Until))
                .FirstOrDefault();
            if (next.Host is null) return;
            logger.LogInformation("Host {Host} paused until {Until:u}; waiting for it to resume its queued URLs", next.Host, next.Until);
            if (next.Until > now) await Task.Delay(next.Until - now, timeProvider, stoppingToken);
            resumed.Add(next.Host);
            _leftForPausedHosts.TryRemove(next.Host, out _);
            foreach (var source in catalog.Sources.Where(s => s.Links is not null))
            {
                foreach (var item in frontier.Frontier(source.Name))
                {
                    var url = new Uri(item.Url);
                    if (string.Equals(url.Authority, next.Host, StringComparison.OrdinalIgnoreCase))
                        await QueueAsync(source, url, null, fetchQueue, stoppingToken);
                }
            }
        }
    }

    private async Task FetchLoopAsync(ChannelReader<PageRequest> queue, ChannelWriter<ExtractionItem> extractQueue, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var request in queue.ReadAllAsync(stoppingToken))
                await FetchOneAsync(request, extractQueue, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The URL being fetched, and those still queued, stay in the frontier for the next run.
        }
    }

    // Fetches one page and hands it to the extract stage, or settles the URL (not modified, failed, host paused).
    // In cluster mode the request's lease hands its host back as soon as the HTTP exchange is over (any outcome).
    private async Task FetchOneAsync(PageRequest request, ChannelWriter<ExtractionItem> extractQueue, CancellationToken stoppingToken, UrlLease? lease = null)
    {
        var url = request.Url.AbsoluteUri;
        var handedOn = false;
        var settled = false;
        try
        {
            var known = frontier.FindPage(url);
            var validators = known is { ArticleId: not null } ? new HttpValidators(known.ETag, known.LastModified) : null;
            var started = Stopwatch.GetTimestamp();
            FetchResult result;
            // The claim's host is this node's: its requests in the claim (robots.txt first) go through the cluster's
            // gate without waiting for it, and the host is handed back when the last of them is over.
            var hold = lease is null ? null : clusterGate?.Adopt(lease);
            try
            {
                result = await fetcher.FetchAsync(request.Url, request.Source.Limits, validators, stoppingToken);
            }
            finally
            {
                if (hold is not null) hold.Dispose();
                else if (lease is not null) hostQueue.HostFetched(lease, hostQueue.Now());
            }
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            switch (result.Status)
            {
                case FetchStatus.Ok:
                    metrics.Fetched(request.Source.Name, notModified: false, elapsed);
                    // Not cancellable: a fetched page is always handed to the extract stage, which drains on stop.
                    await extractQueue.WriteAsync(new ExtractionItem(request.Source, url, request, result, null, null), CancellationToken.None);
                    handedOn = true;
                    break;
                case FetchStatus.NotModified when known is not null:
                    metrics.Fetched(request.Source.Name, notModified: true, elapsed);
                    frontier.CompletePage(url, known with { FetchedAt = timeProvider.GetUtcNow() }, null, null, timeProvider.GetUtcNow());
                    break;
                case FetchStatus.Failed when result.HostPausedUntil is { } until:
                    // The host is paused, not the URL at fault: it stays queued and no attempt is counted.
                    metrics.Failed(request.Source.Name, "fetch", result.FailureReason!);
                    if (Cluster)
                    {
                        // Every node stays off the host until its pause ends; the URL goes back to the frontier.
                        // The pause is measured on this node's clock; the queue keeps it on its own.
                        hostQueue.PauseHost(HostKeys.Of(url), hostQueue.Now() + (until - timeProvider.GetUtcNow()));
                        hostQueue.ReleaseLease(url);
                        break;
                    }
                    _leftForPausedHosts.AddOrUpdate(request.Url.Authority, (1, until), (_, left) => (left.Count + 1, left.Until > until ? left.Until : until));
                    logger.LogDebug("Source {Source}: {Url} left queued: {Detail}", request.Source.Name, url, result.FailureDetail);
                    break;
                case FetchStatus.NotModified:
                    Fail(request.Source, url, "fetch", FetchFailureReasons.ClientError, "HTTP 304 to an unconditional request", permanent: false);
                    break;
                default:
                    Fail(request.Source, url, "fetch", result.FailureReason!, result.FailureDetail, !result.Transient);
                    break;
            }
            settled = true;
        }
        finally
        {
            // A claimed URL whose fetch was interrupted (stopping) goes back to the shared frontier at once.
            if (!settled && !handedOn && Cluster) hostQueue.ReleaseLease(url);
            if (!handedOn) _queued.TryRemove(url, out _);
            Interlocked.Decrement(ref _fetchesOutstanding);
        }
    }

    // Cluster mode: each fetcher claims a due URL from the shared frontier and fetches it at once; its host is this
    // node's alone until the request is over, then due again for any node after the host's delay. A --once run's
    // fetcher stops when this node's discovery is done and the frontier holds nothing due within
    // LongestPauseWaitedInOnePass (a lease a dead node left is waited for, and reclaimed, when it expires that soon).
    private async Task ClaimingFetchLoopAsync(Task discovery, bool once, ChannelWriter<ExtractionItem> extractQueue, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // The queue's clock (the database server's), not this node's: nodes' clocks may disagree.
                var now = hostQueue.Now();
                if (hostQueue.ClaimNext(settings.NodeName, settings.LeaseDuration, now) is { } lease)
                {
                    if (ClaimedRequest(lease) is { } request)
                    {
                        _queued.TryAdd(request.Url.AbsoluteUri, 0);
                        Interlocked.Increment(ref _fetchesOutstanding);
                        await FetchOneAsync(request, extractQueue, stoppingToken, lease);
                    }
                    else
                    {
                        hostQueue.HostFetched(lease, hostQueue.Now());
                        await Task.Delay(TimeSpan.FromSeconds(1), timeProvider, stoppingToken);
                    }
                    continue;
                }
                var due = hostQueue.NextDueAt(now);
                if (once && discovery.IsCompleted && (due is null || due.Value - now > LongestPauseWaitedInOnePass))
                {
                    if (due is { } later)
                        logger.LogDebug("Queued URLs are not due before {Due:u} (paused hosts or other nodes' leases); they stay queued", later);
                    return;
                }
                var wait = due is { } next ? next - now : TimeSpan.FromMilliseconds(500);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(wait.TotalMilliseconds, 5, 500)), timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // A URL being fetched was released by FetchOneAsync; the rest stay in the shared frontier.
        }
    }

    private PageRequest? ClaimedRequest(UrlLease lease)
    {
        if (lease.Reclaimed)
        {
            metrics.LeaseReclaimed(lease.SourceName);
            logger.LogInformation("Reclaimed {Url}: its lease by another node expired", lease.Url);
        }
        var source = catalog.Sources.FirstOrDefault(s => s.Links is not null && string.Equals(s.Name, lease.SourceName, StringComparison.OrdinalIgnoreCase));
        if (source is null)
        {
            // Queued by a node whose settings list a source this one does not: leave it to that node.
            hostQueue.ReleaseLease(lease.Url);
            logger.LogWarning("Claimed {Url} of source {Source}, which this node's settings do not list; released", lease.Url, lease.SourceName);
            return null;
        }
        var url = new Uri(lease.Url);
        SetHostDelayOnce(source, url);
        return new PageRequest(source, url, null);
    }

    // Each host's least time between requests across the cluster: one request per 1/MaxRequestsPerSecond seconds.
    private void SetHostDelayOnce(ConfiguredSource source, Uri url)
    {
        var host = HostKeys.Of(url.AbsoluteUri);
        if (_hostDelaysSet.TryAdd(host, 0))
            hostQueue.SetHostDelay(host, TimeSpan.FromSeconds(1 / source.Options.MaxRequestsPerSecond));
    }

    // Ends a run with a line per paused host: until when, and how many of its URLs were left queued for it.
    private void LogPausedHosts()
    {
        var paused = _leftForPausedHosts.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (host, until) in hostPauses.Current())
            paused[host] = (paused.TryGetValue(host, out var left) ? left.Count : 0, until);
        foreach (var (host, (count, until)) in paused.OrderBy(p => p.Key, StringComparer.Ordinal))
            logger.LogWarning("Host {Host} paused until {Until:u}; {Count} of its URLs stay queued for the next pass, no attempt counted",
                host, until, count);
        _leftForPausedHosts.Clear();
    }

    private async Task ExtractLoopAsync(ChannelReader<ExtractionItem> queue)
    {
        await foreach (var item in queue.ReadAllAsync())
        {
            Extract(item);
            if (Interlocked.Increment(ref _sincePublish) >= PublishEvery || !queue.TryPeek(out _))
                await TryPublishAsync();
        }
    }

    /// <summary>Publishes the outbox unless another extraction worker is doing so already (it will take these records too, or the next one will).</summary>
    private async Task TryPublishAsync()
    {
        if (!await _publishing.WaitAsync(0)) return;
        try
        {
            Interlocked.Exchange(ref _sincePublish, 0);
            await PublishCoreAsync();
        }
        finally
        {
            _publishing.Release();
        }
    }

    private void Extract(ExtractionItem item)
    {
        var started = Stopwatch.GetTimestamp();
        var source = item.Source;
        var settings = options.Value;
        // The watchdog: components stop at their next check once the article's time budget is spent.
        using var budget = new CancellationTokenSource(settings.ArticleTimeBudget, timeProvider);
        Article? taken = null;
        PageState? takenPage = null;
        try
        {
            ProcessingOutcome outcome;
            if (item.Page is { } page && item.Request is { } request)
            {
                taken = Capped(SourceRegister.Apply(articleBuilder.Build(request, page), source.Options), item.Input);
                takenPage = new PageState(taken.Url!, source.Name, page.Validators?.ETag, page.Validators?.LastModified, null, timeProvider.GetUtcNow());
                outcome = processor.ProcessPage(taken, item.Input, takenPage, budget.Token);
            }
            else if (item.Article is { } article)
            {
                taken = Capped(SourceRegister.Apply(article, source.Options), item.Input);
                outcome = processor.Process(taken, budget.Token);
                failures.ClearFailure(source.Name, item.Input);
            }
            else
            {
                Fail(source, item.Input, "read", "unreadable", item.Error, permanent: true);
                return;
            }
            metrics.Extracted(source.Name, outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (outcome != ProcessingOutcome.Unchanged)
                logger.LogDebug("Source {Source}: {Outcome} article from {Input}", source.Name, outcome, item.Input);
        }
        catch (ArticleReadException ex)
        {
            Fail(source, item.Input, "extract", "no_article", ex.Reason, permanent: true);
        }
        catch (NotAnArticleException ex)
        {
            // Recorded like a permanent failure (not requested again until its source lists it with a later date), so
            // it shows in the state and in health as failed:not_article, and no record reaches the feed.
            Fail(source, item.Input, "extract", "not_article", ex.Reason, permanent: true);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && taken is not null)
        {
            var reason = $"time_budget: extraction took longer than {settings.ArticleTimeBudget}";
            metrics.Failed(source.Name, "extract", "time_budget");
            logger.LogWarning("Source {Source}: gave up on {Input}: extraction took longer than {Budget}; it is not tried again unless it changes",
                source.Name, item.Input, settings.ArticleTimeBudget);
            processor.GiveUp(taken, item.Input, reason, source.Folder is null ? item.Input : null, source.Folder is null ? takenPage : null);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Source {Source}: extraction failed for {Input}", source.Name, item.Input);
            Fail(source, item.Input, "extract", "error", ex.GetType().Name + ": " + ex.Message, permanent: true);
        }
        finally
        {
            _queued.TryRemove(item.Input, out _);
        }
    }

    /// <summary>The article cut to <c>MaxArticleChars</c>, with a warning, when it is longer.</summary>
    private Article Capped(Article article, string input)
    {
        var capped = ArticleSizeCap.Apply(article, options.Value.MaxArticleChars, out bool truncated);
        if (truncated)
            logger.LogWarning("Article {Input} has {Length} characters, more than MaxArticleChars ({Max}): only its first {Kept} are extracted",
                input, article.Text.Length, options.Value.MaxArticleChars, capped.Text.Length);
        return capped;
    }

    private void Fail(ConfiguredSource source, string input, string stage, string reason, string? detail, bool permanent)
    {
        metrics.Failed(source.Name, stage, reason);
        var message = detail is null ? reason : $"{reason}: {detail}";
        if (source.Folder is not null)
        {
            failures.RecordFailure(source.Name, input, message, timeProvider.GetUtcNow());
            logger.LogWarning("Source {Source}: skipped {Input}: {Reason}", source.Name, input, message);
            return;
        }
        var dropped = frontier.FailPage(source.Name, input, message, permanent, options.Value.MaxAttempts, timeProvider.GetUtcNow());
        logger.LogWarning("Source {Source}: {Stage} failed for {Url} ({Reason}){Fate}", source.Name, stage, input, message,
            dropped ? "; given up" : "; it stays queued for the next pass");
    }

    private async Task PublishAsync()
    {
        await _publishing.WaitAsync();
        try { await PublishCoreAsync(); }
        finally { _publishing.Release(); }
    }

    private async Task PublishCoreAsync()
    {
        var started = Stopwatch.GetTimestamp();
        var published = await exporter.PublishAsync(CancellationToken.None);
        if (published == 0) return;
        metrics.Published(published);
        metrics.Stage("publish", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
