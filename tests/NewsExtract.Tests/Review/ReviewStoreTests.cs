using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

public sealed class ReviewStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public void Dispose() => _dir.Dispose();

    private ReviewStore Store()
    {
        ReviewSample.Seed(_dir.File("state.db"), ReviewSample.Record());
        return new ReviewStore(_dir.File("state.db"));
    }

    private static ReviewDecision Decision(string action, string target, string reviewer = "ann", int minutes = 0) => new()
    {
        RecordId = ReviewSample.Id, Revision = 1, Target = target, Action = action, Reviewer = reviewer, DecidedAt = Now.AddMinutes(minutes),
    };

    [Fact]
    public void Decisions_persist_with_reviewer_time_and_fields_across_instances()
    {
        Store().Add(Decision(ReviewActions.Correct, "money:1-5") with { Amount = 1.5m, Currency = "USD", Title = "Minister", Start = 1, End = 5 });
        var reopened = new ReviewStore(_dir.File("state.db"));
        var decision = Assert.Single(reopened.Decisions(ReviewSample.Id, 1));
        Assert.Equal(("correct", "money:1-5", "ann", Now), (decision.Action, decision.Target, decision.Reviewer, decision.DecidedAt));
        Assert.Equal((1.5m, "USD", "Minister", 1, 5), (decision.Amount, decision.Currency, decision.Title, decision.Start, decision.End));
        Assert.True(decision.Sequence > 0);
    }

    [Fact]
    public void Undo_takes_back_only_the_reviewers_latest_decision_and_keeps_it_in_history()
    {
        var store = Store();
        store.Add(Decision(ReviewActions.Accept, "a"));
        store.Add(Decision(ReviewActions.Reject, "b", minutes: 1));
        store.Add(Decision(ReviewActions.Reject, "c", reviewer: "bob", minutes: 2));
        var undone = store.Undo(ReviewSample.Id, 1, "ann", Now.AddMinutes(3));
        Assert.Equal("b", undone?.Target);
        Assert.Equal(["a", "c"], store.Decisions(ReviewSample.Id, 1).Select(d => d.Target));
        Assert.Equal("a", store.Undo(ReviewSample.Id, 1, "ann", Now)?.Target);
        Assert.Null(store.Undo(ReviewSample.Id, 1, "ann", Now));
    }

    [Fact]
    public void Status_moves_from_unreviewed_to_in_progress_to_reviewed_and_back()
    {
        var store = Store();
        Assert.Equal(ReviewStatuses.Unreviewed, store.Status(ReviewSample.Id, 1));
        store.Add(Decision(ReviewActions.Accept, "a"));
        Assert.Equal(ReviewStatuses.InProgress, store.Status(ReviewSample.Id, 1));
        store.Complete(ReviewSample.Id, 1, "bob", Now);
        Assert.Equal(ReviewStatuses.Reviewed, store.Status(ReviewSample.Id, 1));
        Assert.Equal("bob", store.Completion(ReviewSample.Id, 1)?.Reviewer);
        store.Reopen(ReviewSample.Id, 1);
        Assert.Equal(ReviewStatuses.InProgress, store.Status(ReviewSample.Id, 1));
    }

    [Fact]
    public void Reviewed_revisions_lists_each_record_once_at_its_highest_reviewed_revision()
    {
        var store = Store();
        store.Add(Decision(ReviewActions.Accept, "a"));
        store.Add(Decision(ReviewActions.Accept, "a") with { Revision = 2 });
        store.Add(Decision(ReviewActions.Accept, "a") with { RecordId = "other" });
        store.Undo("other", 1, "ann", Now);
        store.Complete("third", 3, "ann", Now);
        Assert.Equal([(ReviewSample.Id, 2), ("third", 3)], store.ReviewedRevisions());
    }

    [Fact]
    public void Bad_decisions_are_refused()
    {
        var store = Store();
        Assert.Throws<ArgumentException>(() => store.Add(Decision("approve", "a")));
        Assert.Throws<ArgumentException>(() => store.Add(Decision(ReviewActions.Accept, "a", reviewer: " ")));
    }
}
