using NewsExtract.Core.Records;
using NewsExtract.Storage.Review;
using NewsExtract.Storage.State;

namespace NewsExtract.Tests.Review;

/// <summary>
/// The behaviour every review store adapter must have (<see cref="IReviewStore"/>, <see cref="IRecordQueries"/>,
/// <see cref="IReviewAccounts"/>), run against each: SQLite always, PostgreSQL when its server binaries are present. A
/// derived class says how to open the worker's state store (to seed records) and the review storage over the test's
/// own database; opening again opens the same database.
/// </summary>
public abstract class ReviewStoreContract : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private readonly List<IDisposable> _opened = [];

    protected abstract IStateStore OpenStateStore();

    protected abstract ReviewStorage OpenReviewStorage();

    public virtual void Dispose()
    {
        foreach (var opened in _opened) opened.Dispose();
        GC.SuppressFinalize(this);
    }

    private IStateStore State() => Keep(OpenStateStore());

    private ReviewStorage Storage() => Keep(OpenReviewStorage());

    private T Keep<T>(T opened) where T : IDisposable
    {
        _opened.Add(opened);
        return opened;
    }

    private void Seed(params ArticleRecord[] records)
    {
        var state = State();
        foreach (var record in records)
            state.SaveProcessed(new ArticleState(record.Id, record.Source.Name, record.Id + ".json", "fp-" + record.Revision, record.Revision),
                RecordSerializer.ToJsonLine(record), record.ExtractedAt);
    }

    /// <summary>The sample record seeded, and the review storage over it.</summary>
    private ReviewStorage SeededSample()
    {
        Seed(ReviewSample.Record());
        return Storage();
    }

    private static ReviewDecision Decision(string action, string target, string reviewer = "ann", int minutes = 0) => new()
    {
        RecordId = ReviewSample.Id, Revision = 1, Target = target, Action = action, Reviewer = reviewer, DecidedAt = Now.AddMinutes(minutes),
    };

    /// <summary>The sample as a reviewer's record: the models' record with another title.</summary>
    private static ArticleRecord Reviewed(string title) => ReviewSample.Record() with { Title = title };

    [SkippableFact]
    public void Decisions_persist_with_reviewer_time_and_fields_across_instances()
    {
        SeededSample().Store.Add(Decision(ReviewActions.Correct, "money:1-5") with
        {
            Amount = 1.5m, Currency = "USD", Title = "Minister", Start = 1, End = 5, AmountMax = 2.25m, Participants = ["Baku", "Beijing"],
            Roles = new Dictionary<string, string> { ["Baku"] = "host" }, Settles = true, EventType = "Agreement",
        });
        var decision = Assert.Single(Storage().Store.Decisions(ReviewSample.Id, 1));
        Assert.Equal(("correct", "money:1-5", "ann", Now), (decision.Action, decision.Target, decision.Reviewer, decision.DecidedAt));
        Assert.Equal((1.5m, "USD", "Minister", 1, 5), (decision.Amount, decision.Currency, decision.Title, decision.Start, decision.End));
        Assert.Equal((2.25m, "Agreement", true), (decision.AmountMax, decision.EventType, decision.Settles));
        Assert.Equal(["Baku", "Beijing"], decision.Participants!);
        Assert.Equal("host", decision.Roles!["Baku"]);
        Assert.True(decision.Sequence > 0);
        Assert.Null(decision.Batch);
    }

    [SkippableFact]
    public void Undo_takes_back_only_the_reviewers_latest_decision_and_keeps_it_in_history()
    {
        var store = SeededSample().Store;
        store.Add(Decision(ReviewActions.Accept, "a"));
        store.Add(Decision(ReviewActions.Reject, "b", minutes: 1));
        store.Add(Decision(ReviewActions.Reject, "c", reviewer: "bob", minutes: 2));
        var undone = store.Undo(ReviewSample.Id, 1, "ann", Now.AddMinutes(3));
        Assert.Equal("b", undone?.Target);
        Assert.Equal(["a", "c"], store.Decisions(ReviewSample.Id, 1).Select(d => d.Target));
        Assert.Equal("a", store.Undo(ReviewSample.Id, 1, "ann", Now)?.Target);
        Assert.Null(store.Undo(ReviewSample.Id, 1, "ann", Now));
        var history = store.History(ReviewSample.Id, 1);
        Assert.Equal(["a", "b", "c"], history.Select(d => d.Target));
        Assert.Equal(Now.AddMinutes(3), history[1].UndoneAt);
    }

    [SkippableFact]
    public void Decisions_made_together_share_a_batch_and_one_undo_takes_them_all_back()
    {
        var store = SeededSample().Store;
        store.Add(Decision(ReviewActions.Accept, "a"));
        var batch = store.AddMany([Decision(ReviewActions.Reject, "b", minutes: 1), Decision(ReviewActions.Add, "added:person:1-5", minutes: 1)]);
        Assert.Equal(batch[0].Sequence, batch[0].Batch);
        Assert.Equal(batch[0].Sequence, batch[1].Batch);
        Assert.Equal(["a", "b", "added:person:1-5"], store.Decisions(ReviewSample.Id, 1).Select(d => d.Target));
        Assert.Equal("added:person:1-5", store.Undo(ReviewSample.Id, 1, "ann", Now.AddMinutes(2))?.Target);
        Assert.Equal(["a"], store.Decisions(ReviewSample.Id, 1).Select(d => d.Target));
    }

    [SkippableFact]
    public void Status_moves_from_unreviewed_to_in_progress_to_reviewed_and_back()
    {
        var store = SeededSample().Store;
        Assert.Equal(ReviewStatuses.Unreviewed, store.Status(ReviewSample.Id, 1));
        store.Add(Decision(ReviewActions.Accept, "a"));
        Assert.Equal(ReviewStatuses.InProgress, store.Status(ReviewSample.Id, 1));
        store.Complete(ReviewSample.Id, 1, "bob", Now);
        Assert.Equal(ReviewStatuses.Reviewed, store.Status(ReviewSample.Id, 1));
        Assert.Equal(("bob", Now), (store.Completion(ReviewSample.Id, 1)?.Reviewer, store.Completion(ReviewSample.Id, 1)?.CompletedAt));
        store.Reopen(ReviewSample.Id, 1);
        Assert.Equal(ReviewStatuses.InProgress, store.Status(ReviewSample.Id, 1));
    }

    [SkippableFact]
    public void Reviewed_revisions_lists_each_record_once_at_its_highest_reviewed_revision()
    {
        var store = SeededSample().Store;
        store.Add(Decision(ReviewActions.Accept, "a"));
        store.Add(Decision(ReviewActions.Accept, "a") with { Revision = 2 });
        store.Add(Decision(ReviewActions.Accept, "a") with { RecordId = "other" });
        store.Undo("other", 1, "ann", Now);
        store.Complete("third", 3, "ann", Now);
        store.Complete("Zeta", 1, "ann", Now);
        // Ordinal order (upper case before lower case), whatever the database's collation.
        Assert.Equal([(ReviewSample.Id, 2), ("Zeta", 1), ("third", 3)], store.ReviewedRevisions());
    }

    [SkippableFact]
    public void Bad_decisions_and_roles_are_refused()
    {
        var store = SeededSample().Store;
        Assert.Throws<ArgumentException>(() => store.Add(Decision("approve", "a")));
        Assert.Throws<ArgumentException>(() => store.Add(Decision(ReviewActions.Accept, "a", reviewer: " ")));
        Assert.Throws<ArgumentException>(() => store.Assign(ReviewSample.Id, "bob", "third", "ann", Now));
        Assert.Empty(store.Decisions(ReviewSample.Id, 1));
    }

    [SkippableFact]
    public void A_second_reviewers_decisions_are_kept_apart_from_the_reviewed_record()
    {
        var store = SeededSample().Store;
        store.Assign(ReviewSample.Id, "ann", ReviewRoles.First, "lead", Now);
        store.Assign(ReviewSample.Id, "bob", ReviewRoles.Second, "lead", Now);
        store.Add(Decision(ReviewActions.Accept, "a"));
        store.Add(Decision(ReviewActions.Reject, "a", reviewer: "bob"));
        Assert.Equal(["ann"], store.PrimaryDecisions(ReviewSample.Id, 1).Select(d => d.Reviewer));
        store.CompleteSecondOpinion(ReviewSample.Id, "bob", Now.AddMinutes(5));
        var assignments = store.Assignments(ReviewSample.Id);
        Assert.Equal([("ann", ReviewRoles.First, (DateTimeOffset?)null), ("bob", ReviewRoles.Second, Now.AddMinutes(5))],
            assignments.Select(a => (a.Reviewer, a.Role, a.CompletedAt)));
        // Made first again, bob's decisions count.
        store.Assign(ReviewSample.Id, "bob", ReviewRoles.First, "lead", Now);
        Assert.Equal(["ann", "bob"], store.PrimaryDecisions(ReviewSample.Id, 1).Select(d => d.Reviewer));
        Assert.Equal(2, store.Assignments().Count);
    }

    [SkippableFact]
    public void Completing_publishes_the_reviewed_record_once_as_the_articles_next_revision_in_the_outbox()
    {
        var storage = SeededSample();
        var published = storage.Store.CompleteAndPublish(ReviewSample.Id, 1, "ann", Now, by => Reviewed("Reviewed by " + by));
        Assert.Equal(2, published);
        Assert.Equal([2], storage.Store.PublishedRevisions(ReviewSample.Id, 1));
        // Marking it reviewed again without a change publishes nothing.
        Assert.Null(storage.Store.CompleteAndPublish(ReviewSample.Id, 1, "ann", Now.AddMinutes(1), by => Reviewed("Reviewed by " + by)));

        var state = State();
        var pending = state.Pending(10);
        Assert.Equal([(ReviewSample.Id, 1), (ReviewSample.Id, 2)], pending.Select(p => (p.Id, p.Revision)));
        var line = RecordSerializer.FromJson(pending[1].JsonLine);
        Assert.Equal((2, "Reviewed by ann"), (line.Revision, line.Title));
        // The worker numbers the article's next extraction after the published one.
        Assert.Equal(2, state.Find(ReviewSample.Id)!.Revision);
        // The list and the article view show what the models extracted; the published review is its outcome.
        Assert.Equal((1, 1), (storage.Records.Find(ReviewSample.Id)!.Record.Revision, storage.Records.Find(ReviewSample.Id)!.LatestRevision));
        Assert.Equal(2, storage.Records.Find(ReviewSample.Id, 2)!.Record.Revision);
        Assert.Equal(ReviewStatuses.Reviewed, Assert.Single(storage.Records.List(new RecordFilter()).Items).Status);
    }

    [SkippableFact]
    public void A_change_after_completion_is_journalled_and_published_once()
    {
        var store = SeededSample().Store;
        store.Add(Decision(ReviewActions.Accept, "a"));
        Assert.Empty(store.UnpublishedChangeList());
        Assert.Equal(2, store.CompleteAndPublish(ReviewSample.Id, 1, "ann", Now, _ => Reviewed("first")));
        Assert.Empty(store.UnpublishedChangeList());

        store.Add(Decision(ReviewActions.Reject, "b", minutes: 1));
        Assert.Equal([(ReviewSample.Id, 1)], store.UnpublishedChangeList());
        // Concurrent publications of one change publish it once.
        var results = Enumerable.Range(0, 6).AsParallel().WithDegreeOfParallelism(6)
            .Select(_ => store.PublishChanges(ReviewSample.Id, 1, Now.AddMinutes(2), _ => Reviewed("corrected"))).ToList();
        Assert.Equal([3], results.Where(r => r is not null).Select(r => r!.Value));
        Assert.Empty(store.UnpublishedChangeList());
        Assert.Equal([2, 3], store.PublishedRevisions(ReviewSample.Id, 1));
        Assert.Equal(3, store.PublishedRevision(ReviewSample.Id, 1));

        // A role change journals every revision marked reviewed.
        store.Assign(ReviewSample.Id, "bob", ReviewRoles.Second, "lead", Now);
        Assert.Equal([(ReviewSample.Id, 1)], store.UnpublishedChangeList());
        Assert.Null(store.PublishChanges(ReviewSample.Id, 1, Now.AddMinutes(3), _ => Reviewed("corrected")));
        Assert.Empty(store.UnpublishedChangeList());
    }

    [SkippableFact]
    public void A_late_change_is_not_published_over_the_models_newer_revision_nor_for_an_unreviewed_one()
    {
        var storage = SeededSample();
        var store = storage.Store;
        Assert.Null(store.PublishChanges(ReviewSample.Id, 1, Now, _ => Reviewed("not reviewed")));
        Assert.Equal(2, store.CompleteAndPublish(ReviewSample.Id, 1, "ann", Now, _ => Reviewed("first")));
        Seed(ReviewSample.Record(revision: 3) with { Title = "The models' newer record" });
        store.Add(Decision(ReviewActions.Reject, "b", minutes: 1));
        Assert.Null(store.PublishChanges(ReviewSample.Id, 1, Now.AddMinutes(2), _ => Reviewed("corrected")));
        Assert.Equal("The models' newer record", storage.Records.Find(ReviewSample.Id)!.Record.Title);
    }

    [SkippableFact]
    public void Accounts_keep_a_hash_per_name_replaced_on_save()
    {
        var accounts = SeededSample().Accounts;
        Assert.False(accounts.Any());
        accounts.Save("bob", "hash-1", Now);
        accounts.Save("Ann", "hash-2", Now);
        accounts.Save("bob", "hash-3", Now.AddMinutes(1));
        Assert.True(Storage().Accounts.Any());
        Assert.Equal(["Ann", "bob"], accounts.Names());
        Assert.Equal("hash-3", accounts.SecretHash("bob"));
        Assert.Null(accounts.SecretHash("carol"));
    }

    private ReviewStorage SeededList()
    {
        var day = new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);
        Seed(
            ReviewSample.Record("a0000000000000000001", source: "trend", published: day),
            ReviewSample.Record("a0000000000000000002", source: "azertac", published: day.AddDays(5)) with { Title = "Solar plant opens", Events = [] },
            ReviewSample.Record("a0000000000000000003", source: "trend", published: day.AddDays(10)) with { Title = "Revised story" },
            ReviewSample.Record("a0000000000000000003", revision: 2, source: "trend", published: day.AddDays(10)) with { Officials = [], Title = "Revised story v2" });
        return Storage();
    }

    private static string[] Ids(IRecordQueries queries, RecordFilter filter) => [.. queries.List(filter).Items.Select(i => i.Id[^1..])];

    [SkippableFact]
    public void Lists_the_latest_revision_of_each_record_newest_first()
    {
        var page = SeededList().Records.List(new RecordFilter());
        Assert.Equal(3, page.Total);
        Assert.Equal(["3", "2", "1"], page.Items.Select(i => i.Id[^1..]));
        var revised = page.Items[0];
        Assert.Equal((2, "Revised story v2"), (revised.Revision, revised.Title));
        Assert.Equal((1, 3, 3, 3), (revised.People, revised.Organizations, revised.Money, revised.Events));
    }

    [SkippableFact]
    public void Sorts_by_title_source_and_status()
    {
        var storage = SeededList();
        Assert.Equal(["1", "3", "2"], Ids(storage.Records, new RecordFilter { Sort = RecordSorts.Title }));
        Assert.Equal(["2", "3", "1"], Ids(storage.Records, new RecordFilter { Sort = RecordSorts.Title, Descending = true }));
        Assert.Equal(["2", "1", "3"], Ids(storage.Records, new RecordFilter { Sort = RecordSorts.Source }));
        storage.Store.Add(new ReviewDecision { RecordId = "a0000000000000000002", Revision = 1, Target = "x", Action = "accept", Reviewer = "ann", DecidedAt = Now });
        storage.Store.Complete("a0000000000000000003", 2, "ann", Now);
        Assert.Equal(["2", "1", "3"], Ids(storage.Records, new RecordFilter { Sort = RecordSorts.Status }));
    }

    [SkippableFact]
    public void Filters_by_text_source_dates_entity_event_type_status_and_assignee()
    {
        var storage = SeededList();
        var queries = storage.Records;
        Assert.Equal(["2"], Ids(queries, new RecordFilter { Text = "solar plant" }));
        Assert.Equal(["3", "1"], Ids(queries, new RecordFilter { Source = "trend" }));
        Assert.Equal(["2"], Ids(queries, new RecordFilter { From = new DateOnly(2024, 5, 3), To = new DateOnly(2024, 5, 8) }));
        Assert.Equal(["3", "2", "1"], Ids(queries, new RecordFilter { Entity = "State Oil" }));
        Assert.Equal(["2", "1"], Ids(queries, new RecordFilter { Entity = "wang" }));
        Assert.Equal(["3", "1"], Ids(queries, new RecordFilter { EventType = "Agreement" }));
        Assert.Empty(Ids(queries, new RecordFilter { Entity = "100%_" }));

        var store = storage.Store;
        store.Add(new ReviewDecision { RecordId = "a0000000000000000001", Revision = 1, Target = "x", Action = "accept", Reviewer = "ann", DecidedAt = DateTimeOffset.UnixEpoch });
        store.Complete("a0000000000000000002", 1, "ann", DateTimeOffset.UnixEpoch);
        store.Add(new ReviewDecision { RecordId = "a0000000000000000003", Revision = 1, Target = "x", Action = "accept", Reviewer = "ann", DecidedAt = DateTimeOffset.UnixEpoch });
        Assert.Equal(["1"], Ids(queries, new RecordFilter { Status = ReviewStatuses.InProgress }));
        Assert.Equal(["2"], Ids(queries, new RecordFilter { Status = ReviewStatuses.Reviewed }));
        // A decision on an older revision does not count for the latest one.
        Assert.Equal(["3"], Ids(queries, new RecordFilter { Status = ReviewStatuses.Unreviewed }));
        Assert.Equal(["3", "1"], Ids(queries, new RecordFilter { Status = ReviewStatuses.Open }));
        var inProgress = queries.List(new RecordFilter { Status = ReviewStatuses.InProgress }).Items[0];
        Assert.Equal(("ann", DateTimeOffset.UnixEpoch),
            (inProgress.LastReviewer, DateTimeOffset.Parse(inProgress.LastReviewedAt!, System.Globalization.CultureInfo.InvariantCulture)));

        store.Assign("a0000000000000000002", "bob", ReviewRoles.Second, "lead", Now);
        Assert.Equal(["2"], Ids(queries, new RecordFilter { AssignedTo = "bob" }));
    }

    [SkippableFact]
    public void Pages_through_the_list()
    {
        var second = SeededList().Records.List(new RecordFilter { Page = 2, PageSize = 2 });
        Assert.Equal((3, 2, 2), (second.Total, second.PageCount, second.Page));
        Assert.Equal(["1"], second.Items.Select(i => i.Id[^1..]));
    }

    [SkippableFact]
    public void Finds_a_record_by_id_at_the_latest_or_a_given_revision()
    {
        var queries = SeededList().Records;
        Assert.Equal((2, 2), (queries.Find("a0000000000000000003")!.Record.Revision, queries.Find("a0000000000000000003")!.LatestRevision));
        Assert.Equal("Revised story", queries.Find("a0000000000000000003", 1)!.Record.Title);
        Assert.Null(queries.Find("nope"));
        Assert.Equal(["azertac", "trend"], queries.Sources());
    }
}
