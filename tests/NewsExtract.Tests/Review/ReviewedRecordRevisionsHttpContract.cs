using NewsExtract.Core.Records;
using NewsExtract.Storage.Review;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>
/// Changes to an article already marked reviewed reach the feed over HTTP: a settlement or correction made after
/// completion is queued once as the article's next revision (with its review block), marking reviewed again without a
/// change or a second reviewer's blind decisions queue nothing, and a change stored just before the server stopped is
/// published once when it starts again. The feed is the worker's record outbox, read through its port. Run on both
/// review store adapters: a derived class says how to open the state store, the review storage and the server over the
/// test's own database.
/// </summary>
public abstract class ReviewedRecordRevisionsHttpContract : IAsyncLifetime
{
    private ProxyReviewerSession? _session;

    /// <summary>The worker's state store over the test's database (disposed by the caller).</summary>
    protected abstract IStateStore OpenState();

    /// <summary>The review storage over the test's database (disposed by the caller).</summary>
    protected abstract ReviewStorage OpenStorage();

    /// <summary>A review server over the test's database, reviewers named by the proxy header.</summary>
    protected abstract Task<ProxyReviewerSession> StartSessionAsync();

    protected virtual void Cleanup()
    {
    }

    private void Seed(ArticleRecord record)
    {
        using var state = OpenState();
        state.SaveProcessed(new ArticleState(record.Id, record.Source.Name, record.Id + ".json", "fp-" + record.Revision, record.Revision),
            RecordSerializer.ToJsonLine(record), record.ExtractedAt);
    }

    private static string Azerbaijan => ReviewSample.Key("location", "Azerbaijan");
    private static string China => ReviewSample.Key("location", "China");

    // The sample is seeded and the server started by the test's first request, inside the test, where an adapter
    // whose server is absent can skip.
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_session is not null) await _session.DisposeAsync();
        Cleanup();
    }

    private async Task StartAsync() => _session = await StartSessionAsync();

    private async Task<ProxyReviewerSession> SessionAsync()
    {
        if (_session is null)
        {
            Seed(ReviewSample.Record());
            await StartAsync();
        }
        return _session!;
    }

    private async Task PostAsync(string reviewer, string route, string json) => await (await SessionAsync()).PostAsync(reviewer, route, json);

    private async Task DecideAsync(string reviewer, string action, string target, bool settles = false) =>
        await (await SessionAsync()).DecideAsync(reviewer, action, target, settles);

    private Task CompleteAsync(string reviewer) => PostAsync(reviewer, "complete", """{"revision":1,"done":true,"pending":"accept"}""");

    /// <summary>The sample article's records in the feed outbox after the models' revision, by revision.</summary>
    private List<PendingRecord> ReviewedInFeed()
    {
        using var state = OpenState();
        return [.. state.Pending(1000).Where(r => r.Id == ReviewSample.Id && r.Revision > 1).OrderBy(r => r.Revision)];
    }

    private static bool HasLocation(PendingRecord record, string name) =>
        RecordSerializer.FromJson(record.JsonLine).Locations.Any(l => l.Name == name);

    [SkippableFact]
    public async Task A_settlement_after_completion_reaches_the_feed_once_as_the_next_revision_with_the_review()
    {
        await PostAsync("ann", "assign", """{"revision":1,"assignee":"bob","role":"second"}""");
        await CompleteAsync("ann");
        var first = Assert.Single(ReviewedInFeed());
        Assert.Equal(2, first.Revision);
        Assert.True(HasLocation(first, "China"));

        // Bob's blind opinion arrives after completion: it never changes the record, so nothing is published.
        await DecideAsync("bob", "reject", China);
        await CompleteAsync("bob");
        Assert.Single(ReviewedInFeed());

        // Ann settles the disagreement by taking Bob's outcome: revision 3, whole, with the review block.
        await DecideAsync("ann", "reject", China, settles: true);
        var feed = ReviewedInFeed();
        Assert.Equal([2, 3], feed.Select(r => r.Revision));
        var settled = RecordSerializer.FromJson(feed[1].JsonLine);
        Assert.Equal(3, settled.Revision);
        Assert.Equal(ReviewStatuses.Reviewed, settled.Review!.Status);
        Assert.Equal(["ann"], settled.Review.Reviewers);
        Assert.DoesNotContain(settled.Locations, l => l.Name == "China");
        RecordSchema.AssertValid(feed[1].JsonLine);

        // A bulk correction is one change set: one revision.
        await PostAsync("ann", "bulk", $$"""{"revision":1,"action":"reject","scope":"entity","target":"{{Azerbaijan}}"}""");
        feed = ReviewedInFeed();
        Assert.Equal([2, 3, 4], feed.Select(r => r.Revision));
        Assert.False(HasLocation(feed[2], "Azerbaijan"));

        // Undo is a change too: the entity comes back in revision 5.
        await PostAsync("ann", "undo", """{"revision":1}""");
        feed = ReviewedInFeed();
        Assert.Equal([2, 3, 4, 5], feed.Select(r => r.Revision));
        Assert.True(HasLocation(feed[3], "Azerbaijan"));
        Assert.False(HasLocation(feed[3], "China"));

        // The list and the article view still show the models' revision, marked reviewed; the worker numbers next 6.
        using var storage = OpenStorage();
        var queries = storage.Records;
        Assert.Equal(1, queries.Find(ReviewSample.Id)!.Record.Revision);
        Assert.Equal(ReviewStatuses.Reviewed, Assert.Single(queries.List(new RecordFilter()).Items).Status);
        Assert.Equal([2, 3, 4, 5], storage.Store.PublishedRevisions(ReviewSample.Id, 1));
        using var state = OpenState();
        Assert.Equal(5, state.Find(ReviewSample.Id)!.Revision);
    }

    [SkippableFact]
    public async Task Marking_reviewed_again_or_deciding_without_a_change_publishes_nothing()
    {
        await DecideAsync("ann", "reject", China);
        using (var storage = OpenStorage())
            Assert.Empty(storage.Store.UnpublishedChangeList());   // still in review: nothing to publish yet
        await CompleteAsync("ann");
        await CompleteAsync("ann");
        await PostAsync("ann", "complete", """{"revision":1,"done":false}""");
        await CompleteAsync("ann");
        // Another first reviewer confirming it changes who reviewed, not the record.
        await CompleteAsync("carol");
        // Deciding what is already decided changes nothing in the record either.
        await DecideAsync("ann", "reject", China);
        Assert.Equal(2, Assert.Single(ReviewedInFeed()).Revision);

        // While reopened, corrections wait: they are published when the article is marked reviewed again.
        await PostAsync("ann", "complete", """{"revision":1,"done":false}""");
        await DecideAsync("ann", "reject", Azerbaijan);
        Assert.Single(ReviewedInFeed());
        await CompleteAsync("ann");
        Assert.Equal([2, 3], ReviewedInFeed().Select(r => r.Revision));
    }

    [SkippableFact]
    public async Task A_change_stored_before_the_server_stopped_is_published_once_when_it_starts_again()
    {
        await CompleteAsync("ann");
        Assert.Single(ReviewedInFeed());
        await _session!.DisposeAsync();

        // The process stopped after storing a decision on the reviewed article and before publishing it.
        using var storage = OpenStorage();
        var store = storage.Store;
        store.Add(ReviewSample.Decision(ReviewActions.Reject, China));
        Assert.Single(ReviewedInFeed());
        Assert.Equal([(ReviewSample.Id, 1)], store.UnpublishedChangeList());

        await StartAsync();
        var feed = ReviewedInFeed();
        Assert.Equal([2, 3], feed.Select(r => r.Revision));
        Assert.False(HasLocation(feed[1], "China"));
        Assert.Equal(ReviewStatuses.Reviewed, RecordSerializer.FromJson(feed[1].JsonLine).Review!.Status);
        Assert.Empty(store.UnpublishedChangeList());

        // Started again, and asked again over HTTP: nothing more.
        await _session!.DisposeAsync();
        await StartAsync();
        await CompleteAsync("ann");
        Assert.Equal([2, 3], ReviewedInFeed().Select(r => r.Revision));
    }

    [SkippableFact]
    public async Task Making_a_reviewer_second_after_completion_takes_their_decisions_out_of_the_next_revision()
    {
        await DecideAsync("carol", "reject", China);
        await CompleteAsync("ann");
        Assert.False(HasLocation(Assert.Single(ReviewedInFeed()), "China"));

        // Carol's opinion becomes a blind second one: it no longer makes the record, so China is back in revision 3.
        await PostAsync("ann", "assign", """{"revision":1,"assignee":"carol","role":"second"}""");
        var feed = ReviewedInFeed();
        Assert.Equal([2, 3], feed.Select(r => r.Revision));
        Assert.True(HasLocation(feed[1], "China"));
        Assert.Equal(["ann"], RecordSerializer.FromJson(feed[1].JsonLine).Review!.Reviewers);
        // Assigned again in the same role: nothing changes.
        await PostAsync("ann", "assign", """{"revision":1,"assignee":"carol","role":"second"}""");
        Assert.Equal(2, ReviewedInFeed().Count);
    }

    [SkippableFact]
    public async Task A_late_change_to_an_older_reviewed_revision_does_not_replace_the_models_newer_record()
    {
        await CompleteAsync("ann");
        // The worker extracts the article again: revision 3 is the models' newer record.
        Seed(ReviewSample.Record(revision: 3));
        await DecideAsync("ann", "reject", China);
        using var state = OpenState();
        var latest = state.Pending(1000).Where(r => r.Id == ReviewSample.Id).MaxBy(r => r.Revision)!;
        Assert.Equal(3, latest.Revision);
        Assert.Null(RecordSerializer.FromJson(latest.JsonLine).Review);
        using var storage = OpenStorage();
        Assert.Equal([2], storage.Store.PublishedRevisions(ReviewSample.Id, 1));
    }

}
