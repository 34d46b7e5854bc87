using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

public sealed class RecordQueriesTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly RecordQueries _queries;
    private readonly ReviewStore _store;

    public RecordQueriesTests()
    {
        var path = _dir.File("state.db");
        var day = new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);
        ReviewSample.Seed(path,
            ReviewSample.Record("a0000000000000000001", source: "trend", published: day),
            ReviewSample.Record("a0000000000000000002", source: "azertac", published: day.AddDays(5)) with { Title = "Solar plant opens", Events = [] },
            ReviewSample.Record("a0000000000000000003", source: "trend", published: day.AddDays(10)) with { Title = "Revised story" },
            ReviewSample.Record("a0000000000000000003", revision: 2, source: "trend", published: day.AddDays(10)) with { Officials = [], Title = "Revised story v2" });
        _store = new ReviewStore(path);
        _queries = new RecordQueries(path);
    }

    public void Dispose() => _dir.Dispose();

    private string[] Ids(RecordFilter filter) => [.. _queries.List(filter).Items.Select(i => i.Id[^1..])];

    [Fact]
    public void Lists_the_latest_revision_of_each_record_newest_first()
    {
        var page = _queries.List(new RecordFilter());
        Assert.Equal(3, page.Total);
        Assert.Equal(["3", "2", "1"], page.Items.Select(i => i.Id[^1..]));
        var revised = page.Items[0];
        Assert.Equal((2, "Revised story v2"), (revised.Revision, revised.Title));
        Assert.Equal((1, 3, 3, 3), (revised.People, revised.Organizations, revised.Money, revised.Events));
    }

    [Fact]
    public void Filters_by_text_source_dates_entity_event_type_and_status()
    {
        Assert.Equal(["2"], Ids(new RecordFilter { Text = "solar plant" }));
        Assert.Equal(["3", "1"], Ids(new RecordFilter { Source = "trend" }));
        Assert.Equal(["2"], Ids(new RecordFilter { From = new DateOnly(2024, 5, 3), To = new DateOnly(2024, 5, 8) }));
        Assert.Equal(["3", "2", "1"], Ids(new RecordFilter { Entity = "State Oil" }));
        Assert.Equal(["2", "1"], Ids(new RecordFilter { Entity = "wang" }));
        Assert.Equal(["3", "1"], Ids(new RecordFilter { EventType = "Agreement" }));
        Assert.Empty(Ids(new RecordFilter { Entity = "100%_" }));

        _store.Add(new ReviewDecision { RecordId = "a0000000000000000001", Revision = 1, Target = "x", Action = "accept", Reviewer = "ann", DecidedAt = DateTimeOffset.UnixEpoch });
        _store.Complete("a0000000000000000002", 1, "ann", DateTimeOffset.UnixEpoch);
        _store.Add(new ReviewDecision { RecordId = "a0000000000000000003", Revision = 1, Target = "x", Action = "accept", Reviewer = "ann", DecidedAt = DateTimeOffset.UnixEpoch });
        Assert.Equal(["1"], Ids(new RecordFilter { Status = ReviewStatuses.InProgress }));
        Assert.Equal(["2"], Ids(new RecordFilter { Status = ReviewStatuses.Reviewed }));
        // A decision on an older revision does not count for the latest one.
        Assert.Equal(["3"], Ids(new RecordFilter { Status = ReviewStatuses.Unreviewed }));
        Assert.Equal("ann", _queries.List(new RecordFilter { Status = ReviewStatuses.InProgress }).Items[0].LastReviewer);
    }

    [Fact]
    public void Pages_through_the_list()
    {
        var second = _queries.List(new RecordFilter { Page = 2, PageSize = 2 });
        Assert.Equal((3, 2, 2), (second.Total, second.PageCount, second.Page));
        Assert.Equal(["1"], second.Items.Select(i => i.Id[^1..]));
    }

    [Fact]
    public void Finds_a_record_by_id_at_the_latest_or_a_given_revision()
    {
        Assert.Equal((2, 2), (_queries.Find("a0000000000000000003")!.Record.Revision, _queries.Find("a0000000000000000003")!.LatestRevision));
        Assert.Equal("Revised story", _queries.Find("a0000000000000000003", 1)!.Record.Title);
        Assert.Null(_queries.Find("nope"));
        Assert.Equal(["azertac", "trend"], _queries.Sources());
    }
}
