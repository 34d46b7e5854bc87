using NewsExtract.Core.Records;

namespace NewsExtract.Storage.Review;

/// <summary>
/// Port: analysts' review decisions, completion marks, assignments (first reviewer or blind second opinion), the
/// reviewed records published to the feed and the journal of changes to reviewed articles not yet compared with the
/// feed. Decisions are appended, never rewritten: undo marks the reviewer's latest one undone, so the history stays.
/// Two adapters: <see cref="SqliteReviewStore"/> (the worker's SQLite file, one machine) and
/// <see cref="PostgresReviewStore"/> (the cluster's shared database). Safe to use from concurrent requests.
/// Conveniences built on these calls are in <see cref="ReviewStoreExtensions"/>.
/// </summary>
public interface IReviewStore
{
    /// <summary>
    /// Stores decisions made by one action in one transaction (all or none), each with its sequence number; when there
    /// are several they share a batch (the first one's sequence number), so one undo takes them all back.
    /// </summary>
    IReadOnlyList<ReviewDecision> AddMany(IReadOnlyList<ReviewDecision> decisions);

    /// <summary>The decisions in force for a record revision (undone ones left out), oldest first.</summary>
    IReadOnlyList<ReviewDecision> Decisions(string recordId, int revision);

    /// <summary>Every decision on a record revision, undone ones included (with when they were undone), oldest first.</summary>
    IReadOnlyList<ReviewDecision> History(string recordId, int revision);

    /// <summary>
    /// Marks <paramref name="reviewer"/>'s latest decision on the record revision undone (with the rest of its batch);
    /// null when there is none. Returns the latest decision undone.
    /// </summary>
    ReviewDecision? Undo(string recordId, int revision, string reviewer, DateTimeOffset now);

    /// <summary>Marks the record revision completely reviewed (again: the latest reviewer and time win).</summary>
    void Complete(string recordId, int revision, string reviewer, DateTimeOffset now);

    /// <summary>
    /// Marks the record revision reviewed and, in the same transaction, queues the reviewed record as the article's next
    /// revision in the feed outbox (the records table the feed is appended from) when its content differs from the last
    /// record published for this reviewed revision: marking it reviewed again without a change publishes nothing.
    /// <paramref name="reviewedBy"/> builds the reviewed record from the name of the reviewer who completed it; it is
    /// called while no other change to the article's review can commit, so it sees every decision committed before.
    /// Returns the published revision, or null when nothing changed.
    /// </summary>
    int? CompleteAndPublish(string recordId, int revision, string reviewer, DateTimeOffset now, Func<string, ArticleRecord> reviewedBy);

    /// <summary>
    /// When the record revision is marked reviewed and its reviewed record changed since it was last published (a
    /// correction, a settlement or an undo made after completion), queues it as the article's next revision, whole and
    /// once: concurrent or repeated calls publish one change once. Returns the published revision, or null (not
    /// reviewed, nothing changed, or the models have a newer revision of the article).
    /// </summary>
    int? PublishChanges(string recordId, int revision, DateTimeOffset now, Func<string, ArticleRecord> reviewedBy);

    /// <summary>
    /// Reviewed record revisions changed (a decision, an undo, a role) and not yet compared with the feed: what was
    /// stored just before the process stopped, in id and revision order.
    /// </summary>
    IReadOnlyList<(string RecordId, int Revision)> UnpublishedChangeList();

    /// <summary>Every revision a reviewed revision was published as (the first on completion, then one per later change), oldest first.</summary>
    IReadOnlyList<int> PublishedRevisions(string recordId, int revision);

    /// <summary>Gives the article to <paramref name="reviewer"/> in <paramref name="role"/> (again: the role changes).</summary>
    void Assign(string recordId, string reviewer, string role, string assignedBy, DateTimeOffset now);

    /// <summary>The article's assignments (every revision), by reviewer; with <paramref name="recordId"/> null, every article's.</summary>
    IReadOnlyList<ReviewAssignment> Assignments(string? recordId = null);

    /// <summary>Marks a second reviewer's opinion complete (the article's own completion is the first reviewer's).</summary>
    void CompleteSecondOpinion(string recordId, string reviewer, DateTimeOffset now);

    /// <summary>Takes back the completion mark; the decisions stay.</summary>
    void Reopen(string recordId, int revision);

    ReviewCompletion? Completion(string recordId, int revision);

    /// <summary>
    /// Every record that has a review (decisions in force or a completion mark), each at its highest reviewed
    /// revision, in id order (ordinal).
    /// </summary>
    IReadOnlyList<(string RecordId, int Revision)> ReviewedRevisions();
}
