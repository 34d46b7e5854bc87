using NewsExtract.Storage.State;

namespace NewsExtract.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IStateStore"/> adapter must have, run against each (SQLite always, PostgreSQL when
/// its server binaries are present): a derived class says how to open a fresh store and reopen it.
/// </summary>
public abstract class StateStoreContract : IDisposable
{
    protected static readonly DateTimeOffset T0 = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    private readonly List<IStateStore> _opened = [];

    /// <summary>A store over the test's own (initially empty) database; the second call opens the same database again.</summary>
    protected abstract IStateStore OpenStore();

    /// <summary>The time on the clock the store keeps leases and host times in, read apart from the store (the database server's, or this machine's).</summary>
    protected abstract DateTimeOffset StoreClockNow();

    protected IStateStore Open()
    {
        var store = OpenStore();
        _opened.Add(store);
        return store;
    }

    public virtual void Dispose()
    {
        foreach (var store in _opened) store.Dispose();
        GC.SuppressFinalize(this);
    }

    private static ArticleState Article(string id, int revision, string fingerprint = "fp") =>
        new(id, "src", id + ".json", fingerprint + revision, revision);

    private static string Line(string id, int revision) => $$"""{"id":"{{id}}","revision":{{revision}}}""";

    private static PageState Page(string url) => new(url, "src", "\"e1\"", null, null, T0);

    [SkippableFact]
    public void Schema_is_created_at_open_and_reopening_keeps_the_state()
    {
        var store = Open();
        Assert.True(store.SchemaVersion >= 1);
        store.SaveProcessed(Article("a", 1), Line("a", 1), T0);
        store.Dispose();
        var again = Open();
        Assert.Equal(Article("a", 1), again.Find("a"));
        Assert.Equal(1, again.CountRecords());
    }

    [SkippableFact]
    public void Article_state_and_its_record_are_saved_together_and_found_by_id_and_key()
    {
        var store = Open();
        store.SaveProcessed(Article("a", 1), Line("a", 1), T0);
        store.SaveProcessed(Article("a", 2, "changed"), Line("a", 2), T0.AddMinutes(1));
        Assert.Equal(2, store.Find("a")!.Revision);
        Assert.Equal("a", store.FindByKey("src", "a.json")!.Id);
        Assert.Null(store.Find("b"));
        Assert.Equal([Line("a", 1), Line("a", 2)], store.Pending(10).Select(p => p.JsonLine));
    }

    [SkippableFact]
    public void A_second_record_with_the_same_id_and_revision_is_refused_and_commits_nothing()
    {
        var store = Open();
        store.Enqueue("src", "https://one.example/a", T0);
        store.SaveProcessed(Article("a", 1), Line("a", 1), T0);
        var conflict = Assert.Throws<RecordConflictException>(() =>
            store.CompletePage("https://one.example/a", Page("https://one.example/a"), Article("a", 1, "other"), Line("a", 1) + " ", T0));
        Assert.Equal(("a", 1), (conflict.Id, conflict.Revision));
        Assert.Equal("fp1", store.Find("a")!.Fingerprint);
        Assert.Equal(1, store.CountRecords());
        Assert.Single(store.Frontier());
        Assert.Null(store.FindPage("https://one.example/a"));
    }

    [SkippableFact]
    public void Completing_a_page_commits_record_state_validators_and_removes_the_url_and_its_failures()
    {
        var store = Open();
        store.Enqueue("src", "https://one.example/a", T0);
        store.FailPage("src", "https://one.example/a", "http_5xx", permanent: false, maxAttempts: 5, T0);
        store.CompletePage("https://one.example/a", Page("https://one.example/final") with { ArticleId = "a" }, Article("a", 1), Line("a", 1), T0);
        Assert.Empty(store.Frontier());
        Assert.Empty(store.Failures());
        Assert.Equal("a", store.FindPage("https://one.example/a")!.ArticleId);
        Assert.Equal("\"e1\"", store.FindPage("https://one.example/final")!.ETag);
        Assert.Equal(1, store.Find("a")!.Revision);
        Assert.Equal(1, store.CountRecords());
    }

    [SkippableFact]
    public void The_outbox_gives_pending_records_in_order_and_a_feed_commit_moves_the_file_length()
    {
        var store = Open();
        for (int i = 0; i < 3; i++) store.SaveProcessed(Article("a" + i, 1), Line("a" + i, 1), T0);
        var pending = store.Pending(2);
        Assert.Equal(["a0", "a1"], pending.Select(p => p.Id));
        store.CommitFeed("articles-2026-12-03.jsonl", [.. pending.Select(p => p.Sequence)], 100, 2);
        Assert.Equal(["a2"], store.Pending(10).Select(p => p.Id));
        Assert.Equal([Line("a0", 1), Line("a1", 1)], store.CommittedLines("articles-2026-12-03.jsonl"));
        Assert.Equal(new FeedFileState("articles-2026-12-03.jsonl", 100, 2), Assert.Single(store.FeedFiles()));
        store.SetFeedFileLength("articles-2026-12-03.jsonl", 50, 1);
        Assert.Equal(50, store.FeedFiles()[0].CommittedBytes);
        Assert.Equal(1, store.Summary().UnpublishedRecords);
    }

    [SkippableFact]
    public void Published_records_are_numbered_without_gaps_and_read_by_cursor()
    {
        var store = Open();
        for (int i = 0; i < 5; i++) store.SaveProcessed(Article("a" + i, 1), Line("a" + i, 1), T0);
        var first = store.Pending(3);
        store.CommitFeed("articles-2026-12-03.jsonl", [.. first.Select(p => p.Sequence)], 30, 3);
        store.SaveProcessed(Article("a0", 2, "changed"), Line("a0", 2), T0);
        var rest = store.Pending(10);
        store.CommitFeed("articles-2026-12-04.jsonl", [.. rest.Select(p => p.Sequence)], 30, 3);
        var all = store.FeedAfter(0, 100);
        Assert.Equal([1L, 2, 3, 4, 5, 6], all.Select(e => e.Sequence));
        Assert.Equal(["a0", "a1", "a2", "a3", "a4", "a0"], all.Select(e => e.Id));
        Assert.Equal((2, "articles-2026-12-04.jsonl", Line("a0", 2)), (all[5].Revision, all[5].FeedFile, all[5].JsonLine));
        Assert.Equal([3L, 4], store.FeedAfter(2, 2).Select(e => e.Sequence));
        Assert.Empty(store.FeedAfter(6, 10));
        store.SaveProcessed(Article("b", 1), Line("b", 1), T0);
        Assert.Empty(store.FeedAfter(6, 10)); // queued, not yet published
    }

    [SkippableFact]
    public void A_url_failing_repeatedly_is_parked_with_its_reason_until_its_source_dates_it_later()
    {
        var store = Open();
        Assert.True(store.Enqueue("src", "https://one.example/a", T0));
        Assert.False(store.Enqueue("src", "https://one.example/a", T0));
        Assert.False(store.FailPage("src", "https://one.example/a", "http_5xx: 503", permanent: false, maxAttempts: 2, T0));
        var queued = Assert.Single(store.Frontier());
        Assert.Equal((1, "http_5xx: 503"), (queued.Attempts, queued.LastError));
        Assert.False(store.IsDropped("src", "https://one.example/a", null));
        Assert.True(store.FailPage("src", "https://one.example/a", "http_5xx: 502", permanent: false, maxAttempts: 2, T0.AddMinutes(1)));
        Assert.Empty(store.Frontier());
        var parked = Assert.Single(store.Failures());
        Assert.Equal(("http_5xx: 502", 2, true), (parked.Reason, parked.Attempts, parked.Permanent));
        Assert.True(store.IsDropped("src", "https://one.example/a", null));
        Assert.True(store.IsDropped("src", "https://one.example/a", T0));
        Assert.False(store.IsDropped("src", "https://one.example/a", T0.AddDays(1)));
    }

    [SkippableFact]
    public void Unprocessable_articles_keep_their_fingerprint_and_a_failure_without_a_record()
    {
        var store = Open();
        store.SaveUnprocessable(Article("a", 0), "a.json", "time_budget", T0);
        Assert.Equal("fp0", store.Find("a")!.Fingerprint);
        Assert.Equal(0, store.CountRecords());
        Assert.Equal("time_budget", Assert.Single(store.Failures()).Reason);
        store.ClearFailure("src", "a.json");
        Assert.Empty(store.Failures());
    }

    [SkippableFact]
    public void Source_runs_and_counts_are_summarised()
    {
        var store = Open();
        store.SourceRunStarted("src", T0);
        store.SourceRunFinished("src", 7, null, T0.AddMinutes(1));
        store.SourceRunStarted("bad", T0);
        store.SourceRunFinished("bad", 0, "HTTP 500", T0.AddMinutes(1));
        store.Enqueue("src", "https://one.example/a", T0);
        store.SaveProcessed(Article("a", 1), Line("a", 1), T0);
        var summary = store.Summary();
        Assert.Equal((1L, 1L, 1L, 1L, 0L), (summary.Articles, summary.Records, summary.UnpublishedRecords, summary.FrontierUrls, summary.Failures));
        Assert.Equal(["bad", "src"], summary.SourceRuns.Select(r => r.SourceName));
        Assert.Equal("HTTP 500", summary.SourceRuns[0].Error);
        Assert.Equal((7, T0.AddMinutes(1)), (summary.SourceRuns[1].Discovered, summary.SourceRuns[1].FinishedAt));
    }

    [SkippableFact]
    public void Failures_are_counted_by_the_reason_word_before_the_first_colon()
    {
        var store = Open();
        store.RecordFailure("src", "https://one.example/list", "not_article: article score 0.12 < 0.40", T0);
        store.RecordFailure("src", "https://one.example/forum", "not_article: article score 0.05 < 0.40", T0);
        store.RecordFailure("src", "https://one.example/gone", "not_found", T0);
        var summary = store.Summary();
        Assert.Equal(3L, summary.Failures);
        Assert.Equal(new Dictionary<string, long> { ["not_article"] = 2, ["not_found"] = 1 }, summary.FailuresByReason);
    }

    [SkippableFact]
    public void A_claim_leases_one_url_and_keeps_its_host_busy_until_the_request_is_done_then_for_the_host_delay()
    {
        var store = Open();
        store.SetHostDelay("one.example", TimeSpan.FromSeconds(10));
        store.Enqueue("src", "https://one.example/a", T0);
        store.Enqueue("src", "https://one.example/b", T0.AddSeconds(1));
        store.Enqueue("src", "https://one.example/c", T0.AddSeconds(2));
        store.Enqueue("src", "https://two.example/d", T0);
        var at = T0.AddMinutes(1);
        var lease = store.ClaimNext("node-1", TimeSpan.FromMinutes(5), at)!;
        Assert.Equal(("https://one.example/a", "one.example", "node-1", at.AddMinutes(5), false), (lease.Url, lease.Host, lease.Node, lease.Until, lease.Reclaimed));
        var second = store.ClaimNext("node-2", TimeSpan.FromMinutes(5), at)!;
        Assert.Equal("https://two.example/d", second.Url);
        // one.example is owned by node-1 until its request is done (or the lease ends); two.example has nothing left.
        Assert.Null(store.ClaimNext("node-2", TimeSpan.FromMinutes(5), at));
        Assert.Null(store.ClaimNext("node-2", TimeSpan.FromMinutes(5), at.AddMinutes(4)));
        store.HostFetched(lease, at.AddSeconds(2));
        Assert.Null(store.ClaimNext("node-2", TimeSpan.FromMinutes(5), at.AddSeconds(11)));
        var third = store.ClaimNext("node-2", TimeSpan.FromMinutes(5), at.AddSeconds(12))!;
        Assert.Equal(("https://one.example/b", "node-2"), (third.Url, third.Node));
        // A lease that is no longer the host's (node-1's, handed back already) cannot free the host node-2 owns.
        store.HostFetched(lease, at.AddSeconds(12));
        Assert.Null(store.ClaimNext("node-1", TimeSpan.FromMinutes(5), at.AddMinutes(1)));
    }

    [SkippableFact]
    public void A_host_turn_outside_a_claim_shares_the_claims_politeness_row()
    {
        var store = Open();
        var at = T0.AddMinutes(1);
        // A host nobody queued URLs for (a listing's) is added held; a second turn waits for its end.
        var until = store.TryTakeHost("list.example", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(2), at, out var due);
        Assert.Equal((at.AddMinutes(5), at.AddMinutes(5)), (until, due));
        Assert.Null(store.TryTakeHost("list.example", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(2), at.AddMinutes(1), out due));
        Assert.Equal(at.AddMinutes(5), due);
        // Handed back after its request: due again after the host's delay, for a turn or a claim.
        store.HostReleased("list.example", until!.Value, at.AddSeconds(2));
        Assert.Null(store.TryTakeHost("list.example", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(2), at.AddSeconds(11), out due));
        Assert.Equal(at.AddSeconds(12), due);
        var next = store.TryTakeHost("list.example", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(2), at.AddSeconds(12), out _);
        Assert.Equal(at.AddSeconds(12).AddMinutes(5), next);

        // A host held by a turn is not claimed, and a host held by a claim gives no turn, until it is handed back.
        store.Enqueue("src", "https://list.example/a", T0);
        Assert.Null(store.ClaimNext("node-2", TimeSpan.FromMinutes(5), at.AddSeconds(13)));
        store.HostReleased("list.example", next!.Value, at.AddSeconds(13));
        var lease = store.ClaimNext("node-2", TimeSpan.FromMinutes(5), at.AddSeconds(23))!;
        Assert.Null(store.TryTakeHost("list.example", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(2), at.AddSeconds(24), out due));
        Assert.Equal(lease.Until, due);
        // A stale hand-back (the turn already ended) leaves the claim's hold alone.
        store.HostReleased("list.example", next.Value, at.AddSeconds(24));
        Assert.Null(store.TryTakeHost("list.example", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(2), at.AddSeconds(25), out _));
        store.HostFetched(lease, at.AddSeconds(25));
        Assert.NotNull(store.TryTakeHost("list.example", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(2), at.AddSeconds(35), out _));
    }

    [SkippableFact]
    public void A_turn_waited_for_outside_a_claim_is_the_hosts_next_turn_not_a_claims()
    {
        var store = Open();
        var at = T0.AddMinutes(1);
        store.SetHostDelay("wait.example", TimeSpan.FromSeconds(10));
        store.Enqueue("src", "https://wait.example/a", T0);
        store.Enqueue("src", "https://wait.example/b", T0);
        var claim = store.ClaimNext("node-1", TimeSpan.FromMinutes(5), at)!;
        // A listing request finds the host held by the claim: it waits, and marks the host for two seconds.
        Assert.Null(store.TryTakeHost("wait.example", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(2), at.AddSeconds(1), out var due));
        Assert.Equal(claim.Until, due);
        store.HostFetched(claim, at.AddSeconds(1));
        // Due again at 11 s, but while the mark lasts no claim takes the host, and no node is told to wake for it before the mark ends.
        Assert.Null(store.TryTakeHost("wait.example", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(2), at.AddSeconds(10), out due));
        Assert.Equal(at.AddSeconds(11), due);
        Assert.Null(store.ClaimNext("node-2", TimeSpan.FromMinutes(5), at.AddSeconds(11)));
        Assert.Equal(at.AddSeconds(12), store.NextDueAt(at.AddSeconds(11)));
        // The waiting request takes the turn (the mark goes with it); handed back, the host is the claims' again.
        var turn = store.TryTakeHost("wait.example", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(2), at.AddSeconds(11), out _);
        Assert.NotNull(turn);
        store.HostReleased("wait.example", turn!.Value, at.AddSeconds(11));
        Assert.Equal("https://wait.example/b", store.ClaimNext("node-2", TimeSpan.FromMinutes(5), at.AddSeconds(21))!.Url);

        // A mark whose request stopped waiting (its node died) lapses: claims take the host again when it ends.
        store.Enqueue("src", "https://gone.example/a", T0);
        store.SetHostDelay("gone.example", TimeSpan.FromSeconds(1));
        var held = store.TryTakeHost("gone.example", TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(2), at, out _)!.Value;
        Assert.Null(store.TryTakeHost("gone.example", TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(2), at.AddSeconds(1), out _));
        store.HostReleased("gone.example", held, at.AddSeconds(1));
        Assert.Null(store.ClaimNext("node-2", TimeSpan.FromMinutes(5), at.AddSeconds(2.5)));
        Assert.Equal("https://gone.example/a", store.ClaimNext("node-2", TimeSpan.FromMinutes(5), at.AddSeconds(3))!.Url);
    }

    [SkippableFact]
    public void A_lease_left_by_a_dead_node_is_reclaimed_after_it_expires_and_a_completed_url_never_is()
    {
        var store = Open();
        store.Enqueue("src", "https://one.example/a", T0);
        store.Enqueue("src", "https://one.example/b", T0.AddSeconds(1));
        var dead = store.ClaimNext("node-dead", TimeSpan.FromMinutes(1), T0)!;
        Assert.Equal("https://one.example/a", dead.Url);
        Assert.Null(store.ClaimNext("node-2", TimeSpan.FromMinutes(1), T0.AddSeconds(59)));
        Assert.Equal(T0.AddMinutes(1), store.NextDueAt(T0.AddSeconds(59)));
        var reclaimed = store.ClaimNext("node-2", TimeSpan.FromMinutes(1), T0.AddMinutes(1))!;
        Assert.Equal(("https://one.example/a", "node-2", true), (reclaimed.Url, reclaimed.Node, reclaimed.Reclaimed));
        store.HostFetched(reclaimed, T0.AddMinutes(1));
        store.CompletePage(reclaimed.Url, Page(reclaimed.Url) with { ArticleId = "a" }, Article("a", 1), Line("a", 1), T0.AddMinutes(1));
        var next = store.ClaimNext("node-2", TimeSpan.FromMinutes(1), T0.AddMinutes(1))!;
        Assert.Equal(("https://one.example/b", false), (next.Url, next.Reclaimed));
        store.HostFetched(next, T0.AddMinutes(1));
        store.CompletePage(next.Url, Page(next.Url) with { ArticleId = "b" }, Article("b", 1), Line("b", 1), T0.AddMinutes(1));
        Assert.Null(store.ClaimNext("node-2", TimeSpan.FromMinutes(1), T0.AddHours(1)));
        Assert.Null(store.NextDueAt(T0.AddHours(1)));
    }

    [SkippableFact]
    public void Nodes_report_their_heartbeats_and_each_reclaimed_lease_counts_against_the_node_that_reclaimed_it()
    {
        var store = Open();
        Assert.Empty(store.Nodes());
        store.Heartbeat("node-1", T0);
        store.Heartbeat("node-2", T0.AddSeconds(5));
        store.Heartbeat("node-1", T0.AddSeconds(10));
        store.Heartbeat("node-1", T0.AddSeconds(3)); // a late heartbeat never moves a node's time back
        store.Enqueue("src", "https://one.example/a", T0);
        store.Enqueue("src", "https://two.example/b", T0);
        store.ClaimNext("node-1", TimeSpan.FromMinutes(1), T0);
        store.ClaimNext("node-1", TimeSpan.FromMinutes(1), T0); // node-1 dies holding both leases
        Assert.Null(store.ClaimNext("node-2", TimeSpan.FromMinutes(1), T0.AddSeconds(30)));
        store.ClaimNext("node-2", TimeSpan.FromMinutes(1), T0.AddMinutes(1));
        store.ClaimNext("node-3", TimeSpan.FromMinutes(1), T0.AddMinutes(1).AddSeconds(1));

        Assert.Equal(
            [("node-1", T0.AddSeconds(10), 0L), ("node-2", T0.AddMinutes(1), 1L), ("node-3", T0.AddMinutes(1).AddSeconds(1), 1L)],
            store.Nodes().Select(n => (n.Node, n.LastSeen, n.LeaseReclaims)));
        store.Dispose();
        Assert.Equal(3, Open().Nodes().Count);
    }

    [SkippableFact]
    public void A_failed_or_released_lease_is_claimable_again_and_a_parked_url_is_not()
    {
        var store = Open();
        store.Enqueue("src", "https://one.example/a", T0);
        var first = store.ClaimNext("node-1", TimeSpan.FromHours(1), T0)!;
        store.HostFetched(first, T0);
        store.FailPage("src", first.Url, "timeout", permanent: false, maxAttempts: 2, T0);
        var retry = store.ClaimNext("node-1", TimeSpan.FromHours(1), T0)!;
        Assert.Equal((first.Url, 1, false), (retry.Url, retry.Attempts, retry.Reclaimed));
        store.HostFetched(retry, T0);
        store.ReleaseLease(retry.Url);
        var again = store.ClaimNext("node-2", TimeSpan.FromHours(1), T0)!;
        Assert.Equal((first.Url, 1), (again.Url, again.Attempts));
        store.HostFetched(again, T0);
        Assert.True(store.FailPage("src", again.Url, "timeout", permanent: false, maxAttempts: 2, T0));
        Assert.Null(store.ClaimNext("node-1", TimeSpan.FromHours(1), T0.AddDays(1)));
        Assert.True(store.IsDropped("src", first.Url, null));
    }

    [SkippableFact]
    public void A_paused_host_is_claimed_by_no_node_until_its_pause_ends()
    {
        var store = Open();
        store.Enqueue("src", "https://one.example/a", T0);
        var lease = store.ClaimNext("node-1", TimeSpan.FromHours(1), T0)!;
        store.HostFetched(lease, T0);
        store.PauseHost("one.example", T0.AddMinutes(2));
        store.ReleaseLease(lease.Url);
        Assert.Null(store.ClaimNext("node-2", TimeSpan.FromHours(1), T0.AddMinutes(1)));
        Assert.Equal(T0.AddMinutes(2), store.NextDueAt(T0.AddMinutes(1)));
        store.PauseHost("one.example", T0.AddMinutes(1));
        Assert.Equal(lease.Url, store.ClaimNext("node-2", TimeSpan.FromHours(1), T0.AddMinutes(2))!.Url);
    }

    [SkippableFact]
    public void The_queue_by_host_counts_queued_and_leased_urls_and_the_oldest()
    {
        var store = Open();
        store.Enqueue("src", "https://one.example/a", T0);
        store.Enqueue("src", "https://one.example/b", T0.AddMinutes(1));
        store.Enqueue("src", "https://two.example/c", T0.AddMinutes(2));
        var lease = store.ClaimNext("node-1", TimeSpan.FromMinutes(5), T0.AddMinutes(3))!;
        var hosts = store.QueueByHost(T0.AddMinutes(4));
        Assert.Equal(["one.example", "two.example"], hosts.Select(h => h.Host));
        Assert.Equal((2L, 1L, T0, lease.Until), (hosts[0].Queued, hosts[0].Leased, hosts[0].OldestQueuedAt, hosts[0].NextFetchAt));
        Assert.Equal((1L, 0L, T0.AddMinutes(2)), (hosts[1].Queued, hosts[1].Leased, hosts[1].OldestQueuedAt));
        Assert.Equal(0L, store.QueueByHost(T0.AddMinutes(9))[0].Leased);
    }

    [SkippableFact]
    public void The_queue_tells_the_time_by_the_stores_own_clock()
    {
        var store = Open();
        var before = StoreClockNow();
        var now = store.Now();
        var after = StoreClockNow();
        Assert.InRange(now, before, after);
    }

    [SkippableFact]
    public void A_url_completed_after_discovery_read_its_page_is_not_queued_again_and_a_revisit_is()
    {
        var store = Open();
        const string url = "https://one.example/a";
        store.Enqueue("src", url, T0);
        var seen = store.FindPage(url)?.FetchedAt; // a node's discovery: never fetched, so due
        Assert.NotNull(store.ClaimNext("node-b", TimeSpan.FromMinutes(5), T0)); // another node fetches and completes it
        store.CompletePage(url, Page(url) with { ArticleId = "a" }, Article("a", 1), Line("a", 1), T0);

        Assert.False(store.EnqueueUnlessFetchedSince("src", url, seen, T0));
        Assert.Empty(store.Frontier());

        // A later discovery that read the completed page and judged it due for a revisit queues it.
        Assert.True(store.EnqueueUnlessFetchedSince("src", url, store.FindPage(url)!.FetchedAt, T0.AddDays(1)));
        Assert.False(store.EnqueueUnlessFetchedSince("src", url, store.FindPage(url)!.FetchedAt, T0.AddDays(1))); // already queued
        Assert.Equal(url, Assert.Single(store.Frontier()).Url);
    }

    [SkippableFact]
    public void Discovery_racing_completions_never_queues_a_completed_url_again()
    {
        var store = Open();
        var urls = Enumerable.Range(0, 60).Select(i => $"https://h{i % 6}.example/{i}").ToList();
        foreach (var url in urls) store.Enqueue("src", url, T0);
        // Every URL read as never fetched by a discovery pass, then completed by one node while the pass queues them.
        var seen = urls.ToDictionary(url => url, url => store.FindPage(url)?.FetchedAt);
        Parallel.Invoke(
            () =>
            {
                foreach (var (url, i) in urls.Select((u, i) => (u, i)))
                    store.CompletePage(url, Page(url) with { ArticleId = $"a{i}" }, Article($"a{i}", 1), Line($"a{i}", 1), T0);
            },
            () =>
            {
                // The other way round, so the two passes cross: the pass meets URLs completed after it read them.
                foreach (var url in Enumerable.Reverse(urls)) store.EnqueueUnlessFetchedSince("src", url, seen[url], T0);
            });
        Assert.Empty(store.Frontier());
        Assert.Equal(urls.Count, store.CountRecords());
    }

    [SkippableFact]
    public void A_live_node_renews_the_leases_it_holds_and_not_another_nodes()
    {
        var store = Open();
        store.Enqueue("src", "https://one.example/a", T0);
        store.Enqueue("src", "https://two.example/b", T0);
        var mine = store.ClaimNext("node-1", TimeSpan.FromMinutes(1), T0)!;
        var theirs = store.ClaimNext("node-2", TimeSpan.FromMinutes(1), T0)!;

        // node-1 is still extracting its page after 50 s: it renews what it holds; naming node-2's URL changes nothing.
        Assert.Equal(1, store.RenewLeases("node-1", [mine.Url, theirs.Url], TimeSpan.FromMinutes(1), T0.AddSeconds(50)));
        Assert.Equal(0, store.RenewLeases("node-1", [], TimeSpan.FromMinutes(1), T0.AddSeconds(50)));

        // At 1 min 10 s node-2's lease has expired and is reclaimed; node-1's, renewed to 1 min 50 s, is not.
        var reclaimed = store.ClaimNext("node-3", TimeSpan.FromMinutes(1), T0.AddSeconds(70))!;
        Assert.Equal(theirs.Url, reclaimed.Url);
        Assert.Null(store.ClaimNext("node-3", TimeSpan.FromMinutes(1), T0.AddSeconds(70)));
        Assert.Null(store.ClaimNext("node-3", TimeSpan.FromMinutes(1), T0.AddSeconds(109)));
        // node-2 comes back and renews: the URL is node-3's now, so nothing is renewed.
        Assert.Equal(0, store.RenewLeases("node-2", [theirs.Url], TimeSpan.FromMinutes(1), T0.AddSeconds(80)));
        // Renewals stopped (node-1 died): its lease ends at 1 min 50 s and is reclaimed then.
        Assert.Equal(mine.Url, store.ClaimNext("node-3", TimeSpan.FromMinutes(1), T0.AddSeconds(110))!.Url);
    }

    [SkippableFact]
    public void Concurrent_claimers_take_each_due_host_once_and_never_the_same_url()
    {
        var store = Open();
        for (int h = 0; h < 5; h++)
        {
            store.SetHostDelay($"h{h}.example", TimeSpan.FromHours(1));
            for (int u = 0; u < 4; u++) store.Enqueue("src", $"https://h{h}.example/{u}", T0);
        }
        var claims = new System.Collections.Concurrent.ConcurrentBag<UrlLease>();
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (store.ClaimNext($"node-{i}", TimeSpan.FromMinutes(5), T0) is { } lease) claims.Add(lease);
        });
        Assert.Equal(5, claims.Count);
        Assert.Equal(5, claims.Select(c => c.Host).Distinct().Count());
        Assert.Equal(5, claims.Select(c => c.Url).Distinct().Count());
    }

    [SkippableFact]
    public void A_role_has_one_holder_at_a_time_and_is_free_again_once_given_up()
    {
        var store = Open();
        using (var lease = store.TryAcquire("feed-exporter"))
        {
            Assert.NotNull(lease);
            Assert.True(lease.IsHeld);
            Assert.Null(store.TryAcquire("feed-exporter"));
            using var other = store.TryAcquire("another-role");
            Assert.NotNull(other);
        }
        using var next = store.TryAcquire("feed-exporter");
        Assert.NotNull(next);
    }
}
